"""``qcoder import PROJECT survey.csv --survey ...``: open-ended survey answers as documents."""

from __future__ import annotations

import argparse

from qcoder.cli.common import UsageError, names, open_project, print_json


def survey_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("survey answers (CSV, XLSX or SPSS .sav, one row per respondent)")
    g.add_argument("--survey", action="store_true", help="import PATH as a survey: one document per answer")
    g.add_argument("--id-column", metavar="COL", help="the respondent id column")
    g.add_argument("--text-columns", metavar="COL[,COL]", help="the open-ended answer columns")
    g.add_argument("--attribute-columns", metavar="COL,...", help="columns that become respondent attributes")
    g.add_argument(
        "--per",
        choices=("respondent", "answer"),
        default="answer",
        help="a document per answer (default) or per respondent (a section per question)",
    )


def import_survey_command(args: argparse.Namespace) -> int:
    from qcoder.app.survey import SurveyMapping, import_survey

    if len(args.paths) != 1:
        raise UsageError("--survey imports one survey file at a time")
    if not args.id_column or not args.text_columns:
        raise UsageError("--survey needs --id-column and --text-columns")
    if args.attributes or args.pattern:
        raise UsageError("--survey takes its attributes from --attribute-columns, not --attributes/--pattern")
    mapping = SurveyMapping(
        args.id_column.strip(), tuple(names(args.text_columns)), tuple(names(args.attribute_columns)), args.per
    )
    with open_project(args.project) as project:
        report = import_survey(project, args.paths[0], mapping)
    if args.json:
        print_json(report.to_json())
        return 0
    blank = sum(report.blank.values())
    print(
        f"imported  {report.source}: {report.answers} answers of {report.respondents} respondents "
        f"as {len(report.documents)} documents (one per {report.per}); {blank} blank answers skipped"
    )
    for question, n in report.blank.items():
        if n:
            print(f"          {question}: {n} blank")
    return 0
