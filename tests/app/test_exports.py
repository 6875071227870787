"""Exports read back match the merged dataset; personal data stays out unless asked."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from app import exports
from app.dataset import Dataset, load_dataset
from app.demo import build_demo
from app.errors import UnknownChoice
from app.store import Key, Store
from quartier.cli import cli
from survey_forms.model import Form, Group, Question

#: Personal answers seeded beside the demo's own, distinctive enough to search for.
SENTINELS = {
    "house_number": "77-QX",
    "contact_name": "Zoé Sentinelle",
    "contact_phone": "+32 499 00 11 22",
    "contact_email": "sentinelle@example.org",
}
MAROLLES = "50.8366 4.3467 30 5"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exports") / "demo.sqlite"
    build_demo(path, households=150)
    with Store.open(path) as store:
        answers = {"consent": "yes", "street": "Rue Haute", "household_size": 2, **SENTINELS}
        campaign = store.settings.get(Key.CAMPAIGN)
        form = store.forms.get("porte_a_porte")
        draft = store.submissions.save_draft(
            form.form_id, form.version or "", answers, campaign_id=campaign
        )
        store.submissions.finalize(draft.id)
        [item] = store.inventory.items(text="Potager collectif")
        coach = next(p["id"] for p in store.directory.people() if p["role"] == "coach")
        store.inventory.save(
            item.neighbourhood_id, {**item.data, "location": MAROLLES},
            item_id=item.id, base_version=item.version, author_id=coach,
        )  # fmt: skip
    return path


def dataset_of(path: Path, lang: str | None = "fr") -> Dataset:
    with Store.open(path) as store:
        return load_dataset(store, campaign_id=store.settings.get(Key.CAMPAIGN), lang=lang)


def personal_values(dataset: Dataset) -> set[str]:
    """Every personal answer of the dataset: the demo's names, phones, e-mails, numbers."""
    values: set[str] = set()
    for name in SENTINELS:
        values |= set(dataset.interviews[name].dropna().astype(str))
    return values


def assert_same(read: pd.DataFrame, expected: pd.DataFrame) -> None:
    assert list(read.columns) == list(expected.columns)
    assert len(read) == len(expected)
    for column in expected.columns:
        want, got = expected[column], read[column]
        if pd.api.types.is_numeric_dtype(want) and want.notna().any():
            assert (pd.to_numeric(got).fillna(-1) == want.astype(float).fillna(-1)).all(), column
        else:
            text = want.astype(object).where(want.notna(), "").astype(str)
            assert (got.astype(object).where(got.notna(), "").astype(str) == text).all(), column


def test_csv_reads_back_as_the_dataset(demo: Path, tmp_path: Path) -> None:
    dataset = dataset_of(demo)
    paths = exports.write_csv(dataset, tmp_path / "marolles.csv")
    assert [p.name for p in paths] == ["marolles.csv", "marolles-inventaire.csv"]
    assert paths[0].read_bytes().startswith(b"\xef\xbb\xbf"), "BOM: Excel reads the accents"
    tables = exports.export_tables(dataset)
    for path, name in zip(paths, ["entretiens", "inventaire"], strict=True):
        read = pd.read_csv(path, sep=";", decimal=",", encoding="utf-8-sig")
        assert_same(read, tables[name])
    header = paths[0].read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert "household/household_size" in header and "needs_group/needs/garden" in header
    assert header[-len(header) + header.index("_id") :][0] == "_id"


def as_excel_date(value: object, kind: type) -> object:
    """What an ISO text of the dataset becomes in XLSX: a date, or a time in UTC to the
    second, without offset."""
    if not isinstance(value, str):
        return None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if kind is date:
        return datetime.combine(moment.date(), datetime.min.time())
    return moment.astimezone(UTC).replace(tzinfo=None, microsecond=0)


def test_xlsx_has_one_sheet_per_table_that_reads_back(demo: Path, tmp_path: Path) -> None:
    dataset = dataset_of(demo, lang=None)
    [path] = exports.write_xlsx(dataset, tmp_path / "marolles.xlsx")
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["entretiens", "inventaire"]
    dated = {"today": date, "_submission_time": datetime, "_updated_at": datetime}
    for name, expected in exports.export_tables(dataset).items():
        header, *rows = book[name].iter_rows(values_only=True)
        width = len(header)  # a read-only sheet leaves out a row's empty trailing cells
        read = pd.DataFrame([[*row, *[None] * (width - len(row))] for row in rows], columns=header)
        for column, kind in dated.items():
            if column in expected:
                want = [as_excel_date(v, kind) for v in expected[column]]
                got = read[column].astype(object).where(read[column].notna(), None).tolist()
                assert got == want, column
                read, expected = read.drop(columns=column), expected.drop(columns=column)
        assert_same(read, expected)
    header, first = book["entretiens"].iter_rows(max_row=2)
    cell = first[[c.value for c in header].index("_submission_time")]
    assert cell.number_format == "dd/mm/yyyy hh:mm" and isinstance(cell.value, datetime)


def test_labelled_headers_and_review_states_in_the_exports_language(
    demo: Path, tmp_path: Path
) -> None:
    dataset = dataset_of(demo, lang="nl")
    path, *_ = exports.write_csv(dataset, tmp_path / "nl.csv", labelled_headers=True)
    read = pd.read_csv(path, sep=";", decimal=",", encoding="utf-8-sig")
    labels = exports.column_labels(dataset)
    assert labels["household_size"] in read.columns and "household/household_size" not in read
    assert any(" / " in column for column in read.columns), "a choice column: question / choice"
    assert set(read["_review_state"]) <= {"Ontvangen", "Goedgekeurd", "Na te kijken", "Afgewezen"}
    codes, *_ = exports.write_csv(dataset_of(demo, lang=None), tmp_path / "codes.csv")
    read = pd.read_csv(codes, sep=";", decimal=",", encoding="utf-8-sig")
    assert set(read["_review_state"]) <= {"received", "approved", "has_issues", "rejected"}


def test_geojson_points_are_lon_lat(demo: Path, tmp_path: Path) -> None:
    [path] = exports.write_geojson(dataset_of(demo), tmp_path / "marolles.geojson")
    collection = json.loads(path.read_text(encoding="utf-8"))
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [4.3467, 50.8366]}
    assert feature["properties"]["name"] == "Potager collectif des Renards"
    assert feature["properties"]["layer"] == "inventaire"
    assert feature["properties"]["_updated_by"] == "Nathalie Wouters", "a name, not an id"


def test_an_answer_is_text_in_xlsx_never_a_formula_or_a_link(store: Store, tmp_path: Path) -> None:
    form = Form("notes", "1", children=[Question("said", "text"), Question("count", "integer")])
    store.forms.add(form)
    typed = [
        '=HYPERLINK("http://example.org/x","Cliquez")',
        "+32 2 511 11 11",
        "https://x.be",
        "007",
    ]
    for text in typed:
        answers = {"said": text, "count": 3}
        store.submissions.finalize(store.submissions.save_draft("notes", "1", answers).id)
    [path] = exports.write_xlsx(load_dataset(store, form_id="notes"), tmp_path / "notes.xlsx")
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet and b"<hyperlink" not in sheet
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    header = rows[0]
    said = [row[header.index("said")] for row in rows[1:]]
    assert sorted(said) == sorted(typed)  # as typed: "007" keeps its zeros
    assert [row[header.index("count")] for row in rows[1:]] == [3] * 4  # numbers stay numbers
    assert openpyxl.load_workbook(path).active.freeze_panes == "A2"


def test_geolocated_interviews_become_points(store: Store, tmp_path: Path) -> None:
    form = Form("geo", "1", children=[
        Group("visit", children=[Question("street", "text"), Question("door", "geopoint")]),
        Question("home", "geopoint", personal=True),
    ])  # fmt: skip
    store.forms.add(form)
    answers = {"street": "Rue Blaes", "door": "50.84 4.35 0 3", "home": "50.85 4.36 0 3"}
    store.submissions.finalize(store.submissions.save_draft("geo", "1", answers).id)
    store.submissions.finalize(store.submissions.save_draft("geo", "1", {"street": "Rue Haute"}).id)
    dataset = load_dataset(store, form_id="geo")
    [path] = exports.write_geojson(dataset, tmp_path / "geo.geojson")
    [point] = json.loads(path.read_text())["features"]
    assert point["geometry"]["coordinates"] == [4.35, 50.84]
    assert point["properties"]["visit/street"] == "Rue Blaes"
    assert "home" not in point["properties"] and "50.85" not in path.read_text()
    [path] = exports.write_geojson(dataset, tmp_path / "all.geojson", include_personal=True)
    assert len(json.loads(path.read_text())["features"]) == 2


def written_text(paths: list[Path]) -> bytes:
    """Every byte an export wrote, XLSX unzipped (its XML parts are compressed)."""
    out = b""
    for path in paths:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                out += b"".join(archive.read(n) for n in archive.namelist())
        else:
            out += path.read_bytes()
    return out


@pytest.mark.parametrize("fmt", exports.FORMATS)
def test_no_personal_value_in_a_default_export(demo: Path, tmp_path: Path, fmt: str) -> None:
    dataset = dataset_of(demo)
    values = personal_values(dataset)
    assert set(SENTINELS.values()) <= values and len(values) > 50
    result = exports.export(dataset, fmt, tmp_path / f"out.{fmt}", db_path=demo)
    content = written_text(result.paths)
    leaked = [v for v in values if not v.isdigit() and v.encode() in content]
    assert leaked == [] and result.audit_path is None
    if fmt != "geojson":
        assert b"77-QX" not in content
        assert b"house_number" not in content and b"contact_" not in content


def test_including_personal_data_is_logged(demo: Path, tmp_path: Path) -> None:
    dataset = dataset_of(demo)
    result = exports.export(
        dataset,
        "xlsx",
        tmp_path / "full.xlsx",
        db_path=tmp_path / "q.sqlite",
        include_personal=True,
    )
    content = written_text(result.paths)
    assert all(v.encode() in content for v in SENTINELS.values())
    assert result.audit_path == tmp_path / "q.sqlite.exports-personnelles.jsonl"
    [line] = result.audit_path.read_text(encoding="utf-8").splitlines()
    entry = json.loads(line)
    assert entry["format"] == "xlsx" and "contact_phone" in entry["personal_columns"]
    assert entry["out"] == str(tmp_path / "full.xlsx")


def test_cli_refuses_an_unknown_campaign(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "none.csv"
    args = ["export", "--format", "csv", "--out", str(out), "--campaign", "x", "--db", str(demo)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1 and "Campagne inconnue : x." in result.output
    assert "Onbekende campagne: x." in result.output and not out.exists()


def test_an_unknown_format_is_refused_in_each_language(demo: Path, tmp_path: Path) -> None:
    with Store.open(demo) as store:
        dataset = load_dataset(store)
    with pytest.raises(UnknownChoice) as refused:
        exports.export(dataset, "ods", tmp_path / "x.ods", db_path=demo)
    assert refused.value.text("nl") == "Onbekend exportformaat: ods (verwacht: csv, xlsx, geojson)."
    assert not (tmp_path / "x.ods").exists()


def test_cli_export(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.csv"
    result = CliRunner().invoke(
        cli, ["export", "--format", "csv", "--out", str(out), "--lang", "nl", "--db", str(demo)]
    )
    assert result.exit_code == 0, result.output
    assert "151 entretiens" in result.output
    read = pd.read_csv(out, sep=";", decimal=",", encoding="utf-8-sig")
    assert "Huurder" in set(read["household/tenure"]) or "Sociale huurder" in set(
        read["household/tenure"]
    )
    assert "contact_name" not in read
