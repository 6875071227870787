"""Interviews from elsewhere (KoboToolbox, ODK Central, Quartier's export, typed paper) join the
store once, typed and checked by the form; one bad row and nothing is imported."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from app import exports
from app.dataset import load_dataset
from app.demo import build_demo
from app.errors import AppError
from app.interview_import import NAMESPACE, ImportRefused, ImportSummary, import_interviews
from app.records import FINALIZED, SubmissionQuery
from app.store import Key, Store
from quartier.cli import cli
from survey_forms import Form, Question, Repeat, load_builtin

FORM = "porte_a_porte"
#: The form's columns as KoboToolbox names them ("XML values and headers", groups in headers).
PATHS = {
    "start": "start", "end": "end", "today": "today", "consent": "consent",
    "street": "address/street", "house_number": "address/house_number",
    "household_size": "household/household_size", "age_bands": "household/age_bands",
    "tenure": "household/tenure", "years_here": "household/years_here",
    "likes": "living/likes", "missing": "living/missing",
    "meeting_places": "living/meeting_places", "needs": "needs_group/needs",
    "wishes": "needs_group/wishes", "heating": "footprint/heating",
    "car_use": "footprint/car_use", "car_km": "footprint/car_km",
    "flights": "footprint/flights", "diet": "footprint/diet",
    "purchases": "footprint/purchases", "participate": "participation/participate",
    "participate_in": "participation/participate_in",
    "contact_name": "participation/contact_name", "contact_phone": "participation/contact_phone",
    "contact_email": "participation/contact_email", "notes": "notes",
}  # fmt: skip
CHOICES = {
    "age_bands": ["0_11", "12_17", "18_64", "65_plus"],
    "needs": ["repair", "compost", "food_coop", "garden", "trees", "bike", "benches",
              "insulation", "mutual_aid"],
    "participate_in": ["ressources", "alimentation", "biodiversite", "mobilite",
                       "espace_public", "energie", "solidarite"],
}  # fmt: skip
UUIDS = [
    "3f8a1c52-6a0b-4c1e-9f7d-2b9e5d1a7c01",
    "9b2e7d44-1f3c-4a8b-8e6d-5c4b3a2f1e02",
    "c7d6e5f4-a3b2-4c1d-9e8f-7a6b5c4d3e03",
]
#: Three doorsteps as a device recorded them (text, as the exports write them).
DOORSTEPS: list[dict[str, str]] = [
    {
        "start": "2026-03-05T13:40:12.345+01:00", "end": "2026-03-05T13:58:40.120+01:00",
        "today": "2026-03-05", "consent": "yes", "street": "Rue Haute", "house_number": "12",
        "household_size": "3", "age_bands": "0_11 18_64", "tenure": "tenant",
        "years_here": "2_10", "likes": "Le marché, les voisins ; « la vie »",
        "needs": "garden trees", "wishes": "Un potager\nsur le toit", "heating": "gas",
        "car_use": "none", "flights": "1", "diet": "little_meat", "purchases": "mixed",
        "participate": "yes", "participate_in": "alimentation",
        "contact_name": "Anne Maes", "contact_phone": "+32 470 12 34 56",
        "contact_email": "anne@example.org", "notes": "Chien gentil",
    },
    {
        "start": "2026-03-05T15:02:00.000+01:00", "end": "2026-03-05T15:11:30.000+01:00",
        "today": "2026-03-05", "consent": "no", "street": "Rue Blaes",
        "household_size": "1", "tenure": "social", "car_use": "daily", "car_km": "12000",
        "participate": "maybe", "contact_name": "Luc (sans accord)",
    },
    {
        "start": "2026-03-06T10:00:05.000+01:00", "end": "2026-03-06T10:07:00.000+01:00",
        "today": "2026-03-06", "consent": "yes", "street": "Place du Jeu de Balle",
        "household_size": "2", "participate": "no",
    },
]  # fmt: skip
#: What the store must hold for them: typed, and no personal answer without consent.
EXPECTED: list[dict[str, Any]] = [
    {
        "start": "2026-03-05T13:40:12.345+01:00", "end": "2026-03-05T13:58:40.120+01:00",
        "today": "2026-03-05", "consent": "yes", "street": "Rue Haute", "house_number": "12",
        "household_size": 3, "age_bands": ["0_11", "18_64"], "tenure": "tenant",
        "years_here": "2_10", "likes": "Le marché, les voisins ; « la vie »",
        "needs": ["garden", "trees"], "wishes": "Un potager\nsur le toit", "heating": "gas",
        "car_use": "none", "flights": 1, "diet": "little_meat", "purchases": "mixed",
        "participate": "yes", "participate_in": ["alimentation"],
        "contact_name": "Anne Maes", "contact_phone": "+32 470 12 34 56",
        "contact_email": "anne@example.org", "notes": "Chien gentil",
    },
    {
        "start": "2026-03-05T15:02:00.000+01:00", "end": "2026-03-05T15:11:30.000+01:00",
        "today": "2026-03-05", "consent": "no", "street": "Rue Blaes", "household_size": 1,
        "tenure": "social", "car_use": "daily", "car_km": 12000, "participate": "maybe",
    },
    {
        "start": "2026-03-06T10:00:05.000+01:00", "end": "2026-03-06T10:07:00.000+01:00",
        "today": "2026-03-06", "consent": "yes", "street": "Place du Jeu de Balle",
        "household_size": 2, "participate": "no",
    },
]  # fmt: skip
SUBMITTED = ["2026-03-05T13:02:11", "2026-03-05T14:15:00", "2026-03-06T09:20:45"]
KOBO_META = ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
             "_submitted_by", "__version__", "_tags", "_index"]  # fmt: skip
CENTRAL_META = ["meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
                "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits",
                "FormVersion"]  # fmt: skip


# -- files as the other tools write them ------------------------------------------------------


def kobo_rows(doorsteps: list[dict[str, str]]) -> Iterator[list[Any]]:
    """A KoboToolbox export: group paths, a select_multiple's 0/1 columns after it, then
    KoboToolbox's metadata (a number `_id`, the `_uuid`, UTC submission time without offset)."""
    header: list[str] = []
    for name, path in PATHS.items():
        header.append(path)
        header += [f"{path}/{choice}" for choice in CHOICES.get(name, [])]
    yield header + KOBO_META
    for index, answers in enumerate(doorsteps):
        row: list[Any] = []
        for name in PATHS:
            value = answers.get(name, "")
            row.append(value)
            chosen = value.split()
            row += [(int(c in chosen) if value else "") for c in CHOICES.get(name, [])]
        meta = [301845 + index, UUIDS[index], SUBMITTED[index], "", "", "submitted_via_web",
                "", "vGqTqPq6o3vQnkXnWgxVjQ", "", index + 1]  # fmt: skip
        yield row + meta


def central_rows(doorsteps: list[dict[str, str]]) -> Iterator[list[Any]]:
    """An ODK Central CSV: `SubmissionDate` first, groups joined by `-`, `uuid:` instance ids."""
    yield ["SubmissionDate", *(p.replace("/", "-") for p in PATHS.values()), *CENTRAL_META]
    for index, answers in enumerate(doorsteps):
        instance = f"uuid:{UUIDS[index]}"
        meta = [instance, instance, "12", "tablette-3", "0", "0", "", "approved",
                "collect:Xk3v9", "0", "2"]  # fmt: skip
        yield [f"{SUBMITTED[index]}.123Z", *(answers.get(n, "") for n in PATHS), *meta]


def write_csv(path: Path, rows: Iterator[list[Any]], delimiter: str = ",", **kw: Any) -> Path:
    with path.open("w", newline="", encoding=kw.pop("encoding", "utf-8")) as out:
        csv.writer(out, delimiter=delimiter, **kw).writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, Iterable[list[Any]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def paper_rows(doorsteps: list[dict[str, str]], names: list[str]) -> Iterator[list[Any]]:
    """Questionnaires typed into a spreadsheet: bare question names, no metadata."""
    yield names
    for answers in doorsteps:
        yield [answers.get(name, "") for name in names]


PAPER = ["consent", "street", "house_number", "household_size", "age_bands", "tenure",
         "car_use", "car_km", "participate", "contact_name", "contact_phone"]  # fmt: skip


# -- the store they go into ------------------------------------------------------------------


def prepare(store: Store) -> Store:
    """A coach's laptop: the form, a campaign chosen, a person working on it."""
    store.forms.add(load_builtin(FORM))
    hood = store.directory.add_neighbourhood("Marolles")
    store.settings.set(Key.CAMPAIGN, store.directory.add_campaign(hood, "Diagnostic 2026"))
    store.settings.set(Key.PERSON, store.directory.add_person("Nathalie Wouters", role="coach"))
    return store


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "laptop.sqlite") as store:
        yield prepare(store)


@pytest.fixture
def laptop_db(tmp_path: Path) -> Path:
    with Store.open(tmp_path / "laptop.sqlite") as store:
        return prepare(store).path


def finalized(store: Store, form_id: str | None = None) -> dict[str, Any]:
    query = SubmissionQuery(status=FINALIZED, form_id=form_id)
    rows = store.submissions.summaries(query, limit=10_000)
    return {r.id: store.submissions.get(r.id) for r in rows}


def snapshot(store: Store) -> tuple[dict[str, Any], list[Any]]:
    return finalized(store), store.outbox.pending(limit=10_000)


# -- KoboToolbox and ODK Central ---------------------------------------------------------------


@pytest.fixture(params=["kobo.xlsx", "kobo.csv", "central.csv"])
def export_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / request.param
    if request.param == "kobo.xlsx":  # a repeat group would be a second sheet
        return write_xlsx(path, {"Enquête porte-à-porte": kobo_rows(DOORSTEPS)})
    if request.param == "kobo.csv":  # KoboToolbox's CSV: `;` and every field quoted
        return write_csv(path, kobo_rows(DOORSTEPS), ";", quoting=csv.QUOTE_ALL)
    return write_csv(path, central_rows(DOORSTEPS))


def test_an_export_lands_once_with_typed_answers(laptop: Store, export_file: Path) -> None:
    summary = import_interviews(laptop, FORM, export_file)

    assert (summary.interviews, summary.imported, summary.already) == (3, 3, 0)
    stored = finalized(laptop)
    assert sorted(stored) == sorted(UUIDS), "the source's instance ids are kept"
    for sid, expected in zip(UUIDS, EXPECTED, strict=True):
        assert stored[sid].answers == expected
        assert stored[sid].author_id == laptop.settings.get(Key.PERSON)
        assert stored[sid].device_id == laptop.device_id
        assert stored[sid].campaign_id == laptop.settings.get(Key.CAMPAIGN)
    first = stored[UUIDS[0]]
    assert first.created_at == "2026-03-05T12:40:12.345Z", "the interview's start, in UTC"
    assert first.finalized_at[:20] == "2026-03-05T13:02:11.", "when the source received it"
    pending = laptop.outbox.pending()
    assert sorted(c.entity_id for c in pending) == sorted(UUIDS), "queued for the next sync"

    again = import_interviews(laptop, FORM, export_file)
    assert (again.imported, again.already) == (0, 3)
    assert finalized(laptop).keys() == stored.keys()
    assert len(laptop.outbox.pending()) == 3


def test_personal_answers_without_consent_are_not_kept(laptop: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "kobo.xlsx", {"Enquête": kobo_rows(DOORSTEPS[1:2])})
    summary = import_interviews(laptop, FORM, path)
    [record] = finalized(laptop).values()
    assert "contact_name" not in record.answers and record.answers["consent"] == "no"
    assert summary.dropped_answers == 1
    assert "Luc" not in str(laptop.outbox.pending()[0].payload)


def test_kobo_renamed_groups_and_choice_columns_alone(laptop: Store, tmp_path: Path) -> None:
    """A form rebuilt in KoboToolbox names its groups `group_x`; an export may carry a
    select_multiple only as its 0/1 columns."""
    rows = list(kobo_rows(DOORSTEPS[:1]))
    header = [h.replace("household/", "group_hx42/") for h in rows[0]]
    keep = [i for i, h in enumerate(header) if h != "group_hx42/age_bands"]
    table = [[row[i] for i in keep] for row in [header, *rows[1:]]]
    import_interviews(laptop, FORM, write_xlsx(tmp_path / "k.xlsx", {"Enquête": iter(table)}))
    assert finalized(laptop)[UUIDS[0]].answers == EXPECTED[0]


def test_label_headers_are_refused_with_the_export_to_choose(laptop: Store, tmp_path: Path) -> None:
    label = "Acceptez-vous que nous notions vos réponses, y compris vos coordonnées ?"
    rows = iter([["start", "end", label, "Adresse/Rue", "_uuid"],
                 ["2026-03-05T13:40:12+01:00", "", "Oui", "Rue Haute", UUIDS[0]]])  # fmt: skip
    with pytest.raises(AppError) as refused:
        import_interviews(laptop, FORM, write_csv(tmp_path / "labels.csv", rows, ";"))
    assert refused.value.key == "import.labels"
    assert "XML values and headers" in refused.value.text("fr")
    assert "XML values and headers" in refused.value.text("nl")
    assert finalized(laptop) == {}


def test_repeat_sheets_are_named_not_imported(laptop: Store, tmp_path: Path) -> None:
    """KoboToolbox puts a repeat group in a sheet of its own, linked by `_parent_index`: the
    interview's own questions are imported, the repeat is said to be left out."""
    members = Repeat("members", children=[Question("age", "integer", required="true()")])
    laptop.forms.add(Form("menage", "1", children=[Question("street", "text"), members]))
    main: list[list[Any]] = [["street", "_uuid", "_index"], ["Rue Haute", UUIDS[0], 1]]
    repeat: list[list[Any]] = [["members/age", "_index", "_parent_table_name", "_parent_index"],
                               [42, 1, "Ménage", 1], [7, 2, "Ménage", 1]]  # fmt: skip
    path = write_xlsx(tmp_path / "menage.xlsx", {"Ménage": main, "members": repeat})
    summary = import_interviews(laptop, "menage", path)
    assert (summary.imported, summary.other_sheets, summary.repeats) == (
        1, ["members"], ["members"])  # fmt: skip
    assert finalized(laptop)[UUIDS[0]].answers == {"street": "Rue Haute"}


# -- one bad row refuses the whole file -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "key", "words"),
    [
        ("tenure", "renter", "import.unknown_choice", "« renter » n'est pas un choix"),
        ("household_size", "trois", "import.not_integer", "« trois » n'est pas un nombre"),
        ("street", "", "import.required", "Cette question est obligatoire"),
        ("household_size", "25", "import.constraint", "Entre 1 et 20 personnes"),
        ("contact_phone", "appelle-moi", "import.constraint", "Numéro de téléphone invalide"),
        ("needs", "garden parking", "import.unknown_choice", "« parking » n'est pas un choix"),
        ("consent", "Oui", "import.choice_is_label", "libellé du choix yes"),
    ],
)
def test_one_bad_row_refuses_the_file(
    laptop: Store, tmp_path: Path, name: str, value: str, key: str, words: str
) -> None:
    import_interviews(laptop, FORM, write_csv(tmp_path / "p.csv", paper_rows(DOORSTEPS, PAPER)))
    doorsteps = [dict(d) for d in DOORSTEPS]
    doorsteps[0] = {**doorsteps[0], name: value}
    path = write_xlsx(tmp_path / "bad.xlsx", {"Enquête": kobo_rows(doorsteps)})
    before = snapshot(laptop)

    with pytest.raises(ImportRefused) as refused:
        import_interviews(laptop, FORM, path)

    [problem] = refused.value.problems
    assert (problem.row, problem.column, problem.reason.key) == (2, PATHS[name], key)
    french = refused.value.text("fr")
    assert f"ligne 2, colonne {PATHS[name]} : " in french and words in french
    assert "rien n'a été importé" in french
    assert f"rij 2, kolom {PATHS[name]}" in refused.value.text("nl")
    assert "nothing was imported" in refused.value.text("en")
    assert snapshot(laptop) == before, "nothing written"


def test_every_problem_of_the_file_is_listed(laptop: Store, tmp_path: Path) -> None:
    doorsteps = [{**DOORSTEPS[0], "household_size": "0"}, dict(DOORSTEPS[1]),
                 {**DOORSTEPS[2], "street": "", "tenure": "castle"}]  # fmt: skip
    path = write_csv(tmp_path / "central.csv", central_rows(doorsteps))
    with pytest.raises(ImportRefused) as refused:
        import_interviews(laptop, FORM, path)
    where = {(p.row, p.column) for p in refused.value.problems}
    assert where == {(2, "household-household_size"), (4, "address-street"),
                     (4, "household-tenure")}  # fmt: skip
    assert finalized(laptop) == {}


# -- Quartier's own export ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("import") / "demo.sqlite"
    build_demo(path, households=40)
    return path


def quartier_export(demo: Path, out: Path, **kw: Any) -> dict[str, Any]:
    """`quartier export` of the demo's campaign, by the real export code; returns the demo's
    interviews by id."""
    lang = kw.pop("lang", None)
    with Store.open(demo) as store:
        dataset = load_dataset(store, campaign_id=store.settings.get(Key.CAMPAIGN), lang=lang)
        exports.export(dataset, out.suffix[1:], out, db_path=store.path, **kw)
        return finalized(store, FORM)  # the demo's transition actions are another form


def test_quartier_export_keeps_its_ids(laptop: Store, demo: Path, tmp_path: Path) -> None:
    original = quartier_export(demo, tmp_path / "marolles.csv")
    summary = import_interviews(laptop, FORM, tmp_path / "marolles.csv")

    assert (summary.interviews, summary.imported) == (len(original), len(original))
    stored = finalized(laptop)
    assert stored.keys() == original.keys()
    personal = {q.key for q in load_builtin(FORM).questions() if q.personal}
    for sid, record in original.items():
        shared = {k: v for k, v in record.answers.items() if k not in personal}
        assert stored[sid].answers == shared, "personal columns stay out of a plain export"
        assert stored[sid].finalized_at == record.finalized_at
    assert import_interviews(laptop, FORM, tmp_path / "marolles.csv").imported == 0


def test_quartier_workbook_with_personal_data(laptop: Store, demo: Path, tmp_path: Path) -> None:
    original = quartier_export(demo, tmp_path / "marolles.xlsx", include_personal=True)
    summary = import_interviews(laptop, FORM, tmp_path / "marolles.xlsx")
    assert summary.other_sheets == ["inventaire"]
    stored = finalized(laptop)
    assert {sid: r.answers for sid, r in stored.items()} == {
        sid: r.answers for sid, r in original.items()
    }


def test_quartier_export_with_labels_is_refused(laptop: Store, demo: Path, tmp_path: Path) -> None:
    quartier_export(demo, tmp_path / "labels.csv", lang="fr")
    with pytest.raises(ImportRefused) as refused:
        import_interviews(laptop, FORM, tmp_path / "labels.csv")
    assert "import.choice_is_label" in {p.reason.key for p in refused.value.problems}
    assert "--values" in refused.value.text("fr")
    assert finalized(laptop) == {}


# -- paper questionnaires ------------------------------------------------------------------


def test_typed_paper_rows_import_once(laptop: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "papier.csv", paper_rows(DOORSTEPS, PAPER), ";")
    summary = import_interviews(laptop, FORM, path)
    assert (summary.imported, summary.dropped_answers) == (3, 1)
    answers = sorted((r.answers for r in finalized(laptop).values()), key=lambda a: a["street"])
    assert answers[1] == {
        "consent": "no", "street": "Rue Blaes", "household_size": 1, "tenure": "social",
        "car_use": "daily", "car_km": 12000, "participate": "maybe",
    }, "no start/end/today invented, no personal answer without consent"  # fmt: skip
    assert import_interviews(laptop, FORM, path).imported == 0, "ids from the answers"


def test_paper_spreadsheet_numbers_and_irrelevant_answers(laptop: Store, tmp_path: Path) -> None:
    """Excel keeps a typed house number as a number; an answer the form would not have asked
    (kilometres without a car) is dropped."""
    rows: list[list[Any]] = [
        ["consent", "address/street", "house_number", "household_size", "car_use", "car_km"],
        ["yes", "Rue Haute", 12, 4.0, "none", 5000],
    ]
    summary = import_interviews(laptop, FORM, write_xlsx(tmp_path / "p.xlsx", {"Saisie": rows}))
    [record] = finalized(laptop).values()
    assert record.answers == {"consent": "yes", "street": "Rue Haute", "house_number": "12",
                              "household_size": 4, "car_use": "none"}  # fmt: skip
    assert summary.dropped_answers == 1


def test_identical_paper_rows_need_their_questionnaire_number(
    laptop: Store, tmp_path: Path
) -> None:
    twins = [DOORSTEPS[2], DOORSTEPS[2]]
    path = write_csv(tmp_path / "twins.csv", paper_rows(twins, PAPER), ";")
    with pytest.raises(ImportRefused) as refused:
        import_interviews(laptop, FORM, path)
    [problem] = refused.value.problems
    assert (problem.row, problem.reason.key) == (3, "import.same_row")
    assert "ajoutez une colonne _id" in refused.value.text("fr")

    numbered = iter([["_id", *PAPER], *([str(n), *row] for n, row in
                     enumerate(list(paper_rows(twins, PAPER))[1:], start=17))])  # fmt: skip
    summary = import_interviews(laptop, FORM, write_csv(tmp_path / "n.csv", numbered, ";"))
    assert summary.imported == 2
    numbers = {str(uuid.uuid5(NAMESPACE, f"{FORM}/{n}")) for n in (17, 18)}
    assert finalized(laptop).keys() == numbers, "the questionnaire number makes the id"


def test_unknown_column_is_refused(laptop: Store, tmp_path: Path) -> None:
    rows = iter([["consent", "street", "houshold_size"], ["yes", "Rue Haute", "2"]])
    with pytest.raises(ImportRefused) as refused:
        import_interviews(laptop, FORM, write_csv(tmp_path / "typo.csv", rows))
    assert [(p.row, p.column, p.reason.key) for p in refused.value.problems] == [
        (1, "houshold_size", "import.unknown_column"),
        (2, "household/household_size", "import.required"),
    ]


def test_dry_run_checks_and_writes_nothing(laptop: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "central.csv", central_rows(DOORSTEPS))
    summary = import_interviews(laptop, FORM, path, dry_run=True)
    assert summary == ImportSummary(3, 3, 0, 1, [], [], [], dry_run=True)
    assert snapshot(laptop) == ({}, [])


def test_unsupported_and_broken_files(laptop: Store, tmp_path: Path) -> None:
    old = tmp_path / "kobo.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(AppError) as refused:
        import_interviews(laptop, FORM, old)
    assert refused.value.key == "import.unsupported" and ".xlsx" in str(refused.value)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(AppError) as refused:
        import_interviews(laptop, FORM, broken)
    assert refused.value.key == "import.unreadable"


# -- the command -----------------------------------------------------------------------------


def test_command_imports_then_adds_nothing(laptop_db: Path, tmp_path: Path) -> None:
    db, path = laptop_db, write_csv(tmp_path / "central.csv", central_rows(DOORSTEPS))
    runner = CliRunner()
    args = ["import-interviews", "--form", FORM, str(path), "--db", str(db)]

    checked = runner.invoke(cli, [*args, "--dry-run"])
    assert checked.exit_code == 0, checked.output
    assert "3 seraient importés" in checked.output

    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "3 nouveaux" in first.output and "Réponses écartées" in first.output
    second = runner.invoke(cli, args)
    assert "0 nouveaux, 3 déjà présents" in second.output
    with Store.open(db) as store:
        assert len(finalized(store)) == 3


def test_command_refusal_in_three_languages(laptop_db: Path, tmp_path: Path) -> None:
    doorsteps = [{**DOORSTEPS[0], "household_size": "trois"}]
    path = write_csv(tmp_path / "bad.csv", central_rows(doorsteps))
    args = ["import-interviews", "--form", FORM, str(path), "--db", str(laptop_db)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "ligne 2, colonne household-household_size : « trois »" in result.output
    assert "rij 2, kolom household-household_size" in result.output
    assert "row 2, column household-household_size" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
