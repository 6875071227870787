"""The factor tables, one JSON file per region (read by ``app.carbon.factor_table``)."""
