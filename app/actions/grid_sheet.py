"""The benchmark grid as a spreadsheet: the grid of levels (gaps framed and tinted), every
cell's counts one row each (to sort and filter), and the legend with the rules."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Border, Font, PatternFill, Side

from app.actions.grid import GAP_RULE, LEVEL_RULE, Grid
from app.actions.themes import NEED_THEMES, STAGES, stage_labels
from app.actions.words import WORDS
from app.analysis import MIN_HOUSEHOLDS
from app.printing.texts import Languages
from survey_forms.builtin import INVENTORY_FORM, load_builtin
from survey_forms.model import Texts

#: Fills of levels 0-3 (the PDF's default greens) and of a gap.
LEVEL_FILLS = ("FFFFFF", "EEF5E9", "C5E1A5", "9CCC65")
GAP_COLOUR = "B5452C"


def write_grid_xlsx(grid: Grid, path: Path, languages: Languages | None = None) -> None:
    languages = languages or Languages()

    def say(texts: Texts, **params: object) -> str:
        return languages.join(texts, **params)

    def sheet_name(key: str) -> str:  # a sheet's name may not hold "/"
        return " - ".join(languages.each(WORDS[key]))[:31]

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = sheet_name("sheet_grid")
    bold = Font(bold=True)
    sheet.append([say(WORDS["grid_title"])])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([say(WORDS["neighbourhood"]), *(say(t) for t in grid.themes.values())])
    gap_side = Side(style="thick", color=GAP_COLOUR)
    for row in grid.rows:
        sheet.append([row.name, *(cell.level for cell in row.cells.values())])
        for column, cell in enumerate(row.cells.values(), start=2):
            target = sheet.cell(row=sheet.max_row, column=column)
            target.fill = PatternFill("solid", fgColor=LEVEL_FILLS[cell.level])
            if cell.gap:
                target.border = Border(gap_side, gap_side, gap_side, gap_side)
                target.font = Font(bold=True, color=GAP_COLOUR)
    for cell in sheet[2]:
        cell.font = bold
    sheet.column_dimensions["A"].width = 28

    cells = book.create_sheet(sheet_name("sheet_cells"))
    stages = stage_labels()
    cells.append([say(WORDS["neighbourhood"]), say(WORDS["theme"]), say(WORDS["level"]),
                  *(say(stages[s]) for s in STAGES), say(WORDS["actions"]),
                  say(WORDS["reached"]), say(WORDS["need_households"]),
                  say(WORDS["need_items"]), say(WORDS["gap"])])  # fmt: skip
    for row in grid.rows:
        for theme, cell in row.cells.items():
            households = cell.needs.households if cell.needs.households >= MIN_HOUSEHOLDS else None
            cells.append([row.name, say(grid.themes[theme]), cell.level,
                          *(cell.stages[s] for s in STAGES), cell.actions,
                          None if grid.counts_only else cell.reached,
                          households, cell.needs.items,
                          say(WORDS["yes"]) if cell.gap else None])  # fmt: skip
    for cell in cells[1]:
        cell.font = bold

    legend = book.create_sheet(sheet_name("sheet_legend"))
    legend.append([say(WORDS["legend_levels"])])
    for level, texts in LEVEL_RULE.items():
        legend.append([level, say(texts)])
    legend.append([])
    legend.append([say(WORDS["legend_gaps"])])
    legend.append([None, say(GAP_RULE)])
    legend.append([])
    legend.append([say(WORDS["mapping_title"])])
    inventory = load_builtin(INVENTORY_FORM).choice_lists["themes"]
    for choice in inventory:
        if choice.name in NEED_THEMES:
            legend.append([say(choice.label), say(grid.themes[NEED_THEMES[choice.name]])])
    legend.append([])
    if grid.counts_only:
        legend.append([say(WORDS["counts_only"])])
    legend.append([say(WORDS["no_personal"])])
    for row_cells in legend.iter_rows(max_col=1):
        if isinstance(row_cells[0].value, str):
            row_cells[0].font = bold
    legend.column_dimensions["A"].width = 30
    legend.column_dimensions["B"].width = 100
    book.save(path)
