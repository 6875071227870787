"""The coach's workspace: review, duplicates, inventory conflicts and the dashboard."""
