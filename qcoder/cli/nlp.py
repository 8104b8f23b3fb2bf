"""Language-processing commands: ``autocode``, ``deidentify``, ``suggest``, ``words``, ``nlp``.

Everything runs on this machine with spaCy; the active pipeline (and what it cannot do) is
printed on stderr. Errors are :class:`~qcoder.core.errors.QcoderError` subclasses with one-line
messages. Projects are opened like everywhere else, by :func:`qcoder.cli.common.open_project`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcoder.cli.common import AddParser, Subparsers, count, fraction, open_project, print_json
from qcoder.cli.common import names as _terms
from qcoder.core.errors import InvalidValue, NotFound, ProjectError

if TYPE_CHECKING:
    from qcoder.app.project import Project


def _say_pipeline(project: Project, needs_ner: bool = False) -> None:
    from qcoder.app.languages import document_languages
    from qcoder.nlp.pipeline import pipeline_info

    info = pipeline_info()
    print(f"language pipeline: {info.label}", file=sys.stderr)
    if not info.trained:
        lost = "; ".join(info.missing)
        print(f"  without a trained model (pip install 'qcoder[model]'): no {lost}", file=sys.stderr)
    elif needs_ner and not info.entities:
        print("  this model has no named-entity recogniser: rosters and patterns only", file=sys.stderr)
    others = Counter(d.pipeline.short_label for d in document_languages(project, check_unstored=False) if d.stored)
    for label, n in sorted(others.items()):
        if not label.startswith("en:"):
            print(f"  {label} for {n} document{'s' if n != 1 else ''}", file=sys.stderr)


def _coder(project: Project, name: str | None, *, create: bool, required: bool = True) -> str:
    """A coder id: the named one (registered if ``create``), or the only coder."""
    if name:
        found = project.coder_by_name(name)
        if found is not None:
            return found.id
        if create:
            return project.ensure_coder(name).id
        known = ", ".join(c.name for c in project.coders()) or "none"
        raise NotFound("coder", f"{name} (coders: {known})")
    coders = project.coders()
    if len(coders) == 1:
        return coders[0].id
    if not required:
        return ""
    known = ", ".join(c.name for c in coders) or "none yet"
    raise InvalidValue(f"name the coder with --coder NAME (coders: {known})")


def _documents(project: Project, names: list[str] | None) -> tuple[str, ...] | None:
    if not names:
        return None
    return tuple(project.document_by_name(n).id for n in names)


def _existing(path: str, what: str) -> Path:
    p = Path(path)
    if not p.is_file():
        raise InvalidValue(f"{what} {p} does not exist")
    return p


# --- autocode ----------------------------------------------------------------------------------


def _rule(args: argparse.Namespace) -> Any:
    """The auto-coding rule the options describe (without the documents to search)."""
    from qcoder.app.autocode import AutocodeRule, Mode, Scope

    scope = Scope(args.scope)
    if args.keywords is not None:
        return AutocodeRule(Mode.KEYWORDS, tuple(_terms(args.keywords)), scope)
    if args.lemmas is not None:
        return AutocodeRule(Mode.LEMMAS, tuple(_terms(args.lemmas)), scope)
    if args.regex is not None:
        return AutocodeRule(Mode.REGEX, (args.regex,), scope, ignore_case=args.ignore_case)
    if args.speaker_group is not None:
        return AutocodeRule(
            Mode.SPEAKER_GROUP, (), Scope.TURN, attribute=args.group_attribute, value=args.speaker_group
        )
    return AutocodeRule(Mode.INTERVIEWER, (), Scope.TURN)


def cmd_autocode(args: argparse.Namespace) -> int:
    from qcoder.app.autocode import AutocodeRule, Mode, Scope, apply_hits, check_rule, find_hits

    rule = _rule(args)
    check_rule(rule)
    with open_project(args.project) as project:
        documents = _documents(project, args.document)
        code = project.code_by_path(args.code)
        if code is None and not args.create_code:
            raise NotFound("code", f"{args.code} (add --create-code to create it)")
        if not args.coder or args.dry_run:  # checked before anything is created
            _coder(project, args.coder, create=False, required=not args.dry_run)
        if code is None:
            code = project.ensure_code_path(args.code)
        coder_id = _coder(project, args.coder, create=not args.dry_run, required=not args.dry_run)
        rule = AutocodeRule(rule.mode, rule.terms, rule.scope, rule.attribute, rule.value, rule.ignore_case, documents)
        if rule.mode is Mode.LEMMAS or rule.scope is Scope.SENTENCE:
            if not args.json:
                _say_pipeline(project)
        preview = find_hits(project, code.id, coder_id, rule)
        applied = [] if args.dry_run else apply_hits(project, preview)
        path = project.code_paths()[code.id]
        coder_name = next((c.name for c in project.coders() if c.id == coder_id), "")
    if args.json:
        print_json(_autocode_json(path, coder_name, rule, args.dry_run, preview, len(applied)))
        return 0
    for h in preview.hits:
        print(f"{h.document_name}\t{h.start}-{h.end}\t{h.speaker}\t{h.short_text(160)}")
    verb = "would code" if args.dry_run else "coded"
    n = len(preview.hits) if args.dry_run else len(applied)
    print(
        f"{verb} {n} excerpt{'s' if n != 1 else ''} with {path}"
        + (f" as {coder_name}" if coder_name else "")
        + f" ({preview.duplicates} already coded, skipped)",
        file=sys.stderr,
    )
    return 0


def _autocode_json(path: str, coder: str, rule: Any, dry_run: bool, preview: Any, applied: int) -> dict[str, Any]:
    return {
        "code": path,
        "coder": coder,
        "rule": rule.describe(),
        "dry_run": bool(dry_run),
        "hits": [
            {
                "document": h.document_name,
                "start": h.start,
                "end": h.end,
                "speaker": h.speaker,
                "matches": h.matches,
                "text": h.text,
            }
            for h in preview.hits
        ],
        "duplicates_skipped": preview.duplicates,
        "applied": applied,
    }


# --- deidentify --------------------------------------------------------------------------------


def _roster_from_args(args: argparse.Namespace) -> Any:
    from qcoder.nlp.deid import Roster

    names, places, agencies = _terms(args.names or ""), _terms(args.places or ""), _terms(args.agencies or "")
    if args.roster:
        from qcoder.app.tables import read_table

        path = _existing(args.roster, "the roster file")
        for n, row in enumerate(read_table(path), start=2):
            row = {k.strip().casefold(): (v or "").strip() for k, v in row.items() if k}
            kind = row.get("kind") or row.get("type") or ""
            text = row.get("text") or row.get("value") or row.get("name") or ""
            if not text:
                continue
            target = {
                "name": names,
                "person": names,
                "place": places,
                "site": places,
                "city": places,
                "agency": agencies,
                "organization": agencies,
                "organisation": agencies,
            }.get(kind.casefold())
            if target is None:
                raise InvalidValue(f"{path.name}, row {n}: kind must be name, place or agency, not {kind!r}")
            target.append(text)
    return Roster(tuple(names), tuple(places), tuple(agencies))


def cmd_deidentify(args: argparse.Namespace) -> int:
    if args.in_place and args.output:
        raise InvalidValue("choose either -o COPY or --in-place")
    if args.decisions:
        _existing(args.decisions, "the review file")
    with open_project(args.project) as project:
        review, report = _deidentify(project, args)
        names = {d.id: d.name for d in project.documents()}
    if args.json:
        print_json(_deidentify_json(review, report, names))
        return 0
    if not args.review and report is None:
        for c in review.candidates:
            mark = "x" if c.accepted else " "
            print(
                f"[{mark}] {names.get(c.document_id, '')}\t{c.start}-{c.end}\t{c.kind}\t{c.text}\t→ {c.placeholder}"
                f"\t({c.source})"
            )
    kinds = Counter(c.kind for c in review.accepted())
    summary = ", ".join(f"{n} {k}" for k, n in kinds.most_common()) or "nothing"
    print(f"{len(review.accepted())} of {len(review.candidates)} findings accepted: {summary}", file=sys.stderr)
    if report is not None:
        where = "redacted in place" if args.in_place else f"wrote {report.path}"
        print(
            f"{where}: {report.documents} documents, {report.replacements} replacements, {report.codings} codings "
            f"carried over ({report.codings_snapped} with a boundary snapped to a placeholder)",
            file=sys.stderr,
        )
        if report.backup:
            print(f"the original is in {report.backup} (it still contains the identifying text)", file=sys.stderr)
    return 0


def _deidentify(project: Project, args: argparse.Namespace) -> tuple[Any, Any]:
    """The findings (after the decisions of a review file) and the redaction report, if any."""
    from qcoder.app import deidentify as de

    roster = _roster_from_args(args)
    if not args.no_default_roster:
        roster = de.default_roster(project).merged(roster)
    if not args.json:
        _say_pipeline(project, needs_ner=not args.no_ner)
    options = de.DeidOptions(
        roster=roster,
        use_ner=not args.no_ner,
        use_patterns=not args.no_patterns,
        numbered=args.numbered,
        document_ids=_documents(project, args.document),
    )
    review = de.find_identifiers(project, options)
    if args.decisions:
        review = de.read_review(project, review, _existing(args.decisions, "the review file"))
    if args.review:
        n = de.write_review(project, review, Path(args.review))
        print(
            f"wrote {n} findings to {args.review}: set accept to no or change a placeholder, then run "
            f"again with --decisions {args.review} -o COPY.qcoder",
            file=sys.stderr,
        )
    report = None
    if args.output:
        report = de.redacted_copy(project, review, Path(args.output))
    elif args.in_place:
        backup = Path(args.backup) if args.backup else de.default_backup_path(project)
        report = de.redact_in_place(project, review, backup)
    return review, report


def _deidentify_json(review: Any, report: Any, names: dict[str, str]) -> dict[str, Any]:
    return {
        "pipeline": review.pipeline,
        "named_entities": review.ner_used,
        "findings": [
            {
                "document": names.get(c.document_id, c.document_id),
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "kind": c.kind,
                "placeholder": c.placeholder,
                "source": c.source,
                "accepted": c.accepted,
            }
            for c in review.candidates
        ],
        "participants": len(review.participant_pseudonyms),
        "output": None
        if report is None
        else {
            "path": str(report.path),
            "documents": report.documents,
            "replacements": report.replacements,
            "codings": report.codings,
            "codings_snapped": report.codings_snapped,
            "backup": str(report.backup) if report.backup else None,
        },
    }


# --- suggest -----------------------------------------------------------------------------------


def cmd_suggest(args: argparse.Namespace) -> int:
    from qcoder.app.suggest import SuggestOptions, accept_suggestions, suggest, train_model

    with open_project(args.project) as project:
        coder_id = _coder(project, args.coder, create=args.accept_above is not None)
        learn = None
        if args.learn_from:
            learn = tuple(_coder(project, n, create=False) for n in _terms(args.learn_from))
        options = SuggestOptions(
            unit=args.unit,
            train_coder_ids=learn,
            threshold=args.threshold,
            top_k=args.top,
            limit=args.limit,
            engine=args.engine,
        )
        if not args.json:
            _say_pipeline(project)
        model = train_model(project, options)
        found = suggest(project, model, coder_id, _documents(project, args.document))
        accepted = []
        if args.accept_above is not None:
            accepted = accept_suggestions(project, [s for s in found if s.confidence >= args.accept_above], coder_id)
    if args.json:
        print_json(
            {
                "trained_on": model.examples,
                "codes": len(model.code_ids),
                "train_seconds": round(model.train_seconds, 2),
                "suggestions": [
                    {
                        "document": s.document_name,
                        "start": s.start,
                        "end": s.end,
                        "code": s.code_path,
                        "confidence": s.confidence,
                        "speaker": s.speaker,
                        "text": s.text,
                    }
                    for s in found
                ],
                "accepted": len(accepted),
            }
        )
        return 0
    print(
        f"learnt {len(model.code_ids)} codes from {model.examples} {options.unit}s in {model.train_seconds:.1f} s"
        + (f"; too few examples for {len(model.skipped_codes)} codes" if model.skipped_codes else ""),
        file=sys.stderr,
    )
    for s in found:
        text = " ".join(s.text.split())
        print(f"{s.confidence:.2f}\t{s.code_path}\t{s.document_name}\t{s.start}-{s.end}\t{text[:160]}")
    if args.accept_above is not None:
        print(f"accepted {len(accepted)} suggestions with confidence ≥ {args.accept_above}", file=sys.stderr)
    return 0


# --- words ---------------------------------------------------------------------------------------


def cmd_words(args: argparse.Namespace) -> int:
    from qcoder.nlp.words import kwic, kwic_table, word_frequencies

    groups = _terms(args.group) if args.group else None
    if groups and not args.by:
        raise InvalidValue("--group needs --by ATTRIBUTE")
    if args.output and Path(args.output).suffix.lower() not in (".csv", ".xlsx"):
        raise InvalidValue("-o must name a .csv or .xlsx file")
    with open_project(args.project) as project:
        if not args.json:
            _say_pipeline(project)
        if args.kwic:
            lines = kwic(
                project,
                args.kwic,
                args.by,
                groups,
                context=args.context,
                include_interviewers=args.include_interviewers,
            )
            table = kwic_table(lines, args.by)
        else:
            freqs = word_frequencies(
                project,
                args.by,
                groups,
                include_stopwords=args.include_stopwords,
                include_interviewers=args.include_interviewers,
                min_count=args.min_count,
                stop_words=project.stop_words(),  # edited in the window's word frequencies
            )
            table = freqs.table()
    if args.output:
        from qcoder.app.tables import write_table

        write_table(Path(args.output), table.columns, table.rows, sheet=table.name)
        print(f"wrote {len(table.rows)} rows to {args.output}", file=sys.stderr)
        return 0
    if args.json:
        print_json(table.as_dicts()[: args.top] if args.top else table.as_dicts())
        return 0
    rows = table.rows[: args.top] if args.top else table.rows
    print("\t".join(table.columns))
    for row in rows:
        print("\t".join("" if v is None else str(v) for v in row))
    if args.kwic and args.by:
        counts = Counter(str(r[2]) for r in table.rows)
        print("by " + args.by + ": " + ", ".join(f"{g} {n}" for g, n in counts.most_common()), file=sys.stderr)
    return 0


# --- nlp status and cache -----------------------------------------------------------------------


def cmd_nlp(args: argparse.Namespace) -> int:
    from qcoder.nlp.pipeline import installed_models, pipeline_info

    info = pipeline_info()
    data: dict[str, Any] = {"pipeline": info.to_json(), "label": info.label, "installed_models": installed_models()}
    if args.project:
        from qcoder.nlp.corpus import clear_project_cache, project_cache

        with open_project(args.project) as project:
            cache = project_cache(project)
            if args.clear_cache:
                data["cleared_files"] = clear_project_cache(project)
            files, size = cache.size()
            data["cache"] = {"folder": str(cache.folder) if cache.folder else None, "files": files, "bytes": size}
            data.update(_languages(project))
    elif args.clear_cache:
        raise ProjectError("--clear-cache needs the project whose cache to clear")
    if args.json:
        print_json(data)
        return 0
    print(f"language pipeline: {info.label}")
    for item in info.missing:
        print(f"  unavailable: {item}")
    if not info.trained:
        print(
            "  a trained English model adds named entities and better sentences and lemmas: pip install 'qcoder[model]'"
        )
    for lang, item in data.get("languages", {}).items():
        n = item["documents"]
        print(f"{item['pipeline']['label']}: {n} document{'s' if n != 1 else ''}")
        for missing in item["pipeline"]["missing"] if lang != "en" else ():
            print(f"  unavailable: {missing}")
    # English documents are only counted, unless they look like another language
    listed = [d for d in data.get("documents", ()) if d["language"] != "en" or d["looks_like"]]
    if listed:
        print("documents not in English, or that look like another language:")
    for doc in listed:
        found = doc["looks_like"]
        hint = f" (not stored; looks like {found}: documents --set-language '{doc['document']}=auto')" if found else ""
        print(f"  {doc['document']}\t{doc['language']}{hint}")
    if "cache" in data:
        c = data["cache"]
        if "cleared_files" in data:
            print(f"cleared the analysis cache ({data['cleared_files']} files)")
        where = c["folder"] or "memory only (QCODER_NLP_CACHE=off)"
        print(f"analysis cache: {where}: {c['files']} files, {c['bytes'] / 1024:.0f} KiB")
    return 0


def _languages(project: Project) -> dict[str, Any]:
    """The languages of the documents and the pipeline of each (for ``qcoder nlp PROJECT``)."""
    from qcoder.app.languages import document_languages, language_pipelines

    found = document_languages(project)
    per_language = Counter(d.language for d in found)
    return {
        "languages": {
            lang: {"documents": per_language[lang], "pipeline": info.to_json()}
            for lang, info in language_pipelines(found).items()
        },
        "documents": [d.to_json() for d in found],
    }


# --- parsers -------------------------------------------------------------------------------------


def _add_autocode(sub: Subparsers) -> None:
    p = sub.add_parser("autocode", help="code every hit of keywords, lemmas, a pattern or a speaker group")
    p.add_argument("project")
    p.add_argument("--code", required=True, metavar="PATH", help="code path, e.g. 'Challenges > Turnover'")
    rule = p.add_mutually_exclusive_group(required=True)
    rule.add_argument("--keywords", metavar="A,B", help="words or phrases (whole words, any case; promot* for endings)")
    rule.add_argument("--lemmas", metavar="A,B", help="lemmas: 'promote' also finds promoted, promoting")
    rule.add_argument("--regex", metavar="R", help="a Python regular expression")
    rule.add_argument("--speaker-group", metavar="VALUE", help="all turns of speakers in this group")
    rule.add_argument("--interviewer", action="store_true", help="all interviewer turns")
    p.add_argument(
        "--group-attribute",
        default="stakeholder_group",
        metavar="ATTR",
        help="attribute for --speaker-group (default: stakeholder_group)",
    )
    p.add_argument(
        "--scope",
        choices=("hit", "sentence", "turn"),
        default="hit",
        help="code the hit, its sentence or its speaker turn (default: hit)",
    )
    p.add_argument("--coder", metavar="NAME", help="code as this coder (default: the project's only coder)")
    p.add_argument("--document", action="append", metavar="NAME", help="only this document (repeatable)")
    p.add_argument("--ignore-case", action="store_true", help="--regex ignores case")
    p.add_argument("--create-code", action="store_true", help="create the code if it does not exist")
    p.add_argument("--dry-run", action="store_true", help="list the hits, code nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_autocode)


def _add_deidentify(sub: Subparsers) -> None:
    p = sub.add_parser("deidentify", help="find names, places and contact details; write a redacted copy")
    p.add_argument("project")
    p.add_argument("-o", "--output", metavar="COPY.qcoder", help="write a redacted copy of the project")
    p.add_argument("--in-place", action="store_true", help="redact this project itself (after a backup)")
    p.add_argument("--backup", metavar="FILE", help="backup for --in-place (default: PROJECT.before-redaction-…)")
    p.add_argument("--review", metavar="FILE", help="write the findings to review (.csv or .xlsx)")
    p.add_argument("--decisions", metavar="FILE", help="apply an edited review file (accept, placeholder)")
    p.add_argument("--names", metavar="A,B", help="more people's names")
    p.add_argument("--places", metavar="A,B", help="more place names")
    p.add_argument("--agencies", metavar="A,B", help="more agency names")
    p.add_argument("--roster", metavar="FILE", help="CSV/XLSX with columns kind (name, place, agency) and text")
    p.add_argument(
        "--no-default-roster",
        action="store_true",
        help="do not use the project's participant names, sites and agencies",
    )
    p.add_argument("--no-ner", action="store_true", help="do not use the named-entity model")
    p.add_argument("--no-patterns", action="store_true", help="no phone, e-mail, date, address or number patterns")
    p.add_argument("--numbered", action="store_true", help="[name 1], [name 2]… instead of [name]")
    p.add_argument("--document", action="append", metavar="NAME", help="only this document (repeatable)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_deidentify)


def _add_suggest(sub: Subparsers) -> None:
    p = sub.add_parser("suggest", help="suggest codes for uncoded sentences, learnt from the project's codings")
    p.add_argument("project")
    p.add_argument("--coder", metavar="NAME", help="suggest for what this coder has not coded")
    p.add_argument("--learn-from", metavar="NAME,NAME", help="learn from these coders' codings (default: all)")
    p.add_argument("--unit", choices=("sentence", "turn"), default="sentence")
    p.add_argument("--threshold", type=fraction, default=0.5, help="minimum confidence (default 0.5)")
    p.add_argument("--top", type=count, default=2, help="at most this many codes per unit (default 2)")
    p.add_argument("--limit", type=count, default=500, help="at most this many suggestions (default 500)")
    p.add_argument("--document", action="append", metavar="NAME", help="only this document (repeatable)")
    p.add_argument(
        "--engine",
        choices=("linear", "spacy"),
        default="linear",
        help="classifier: tf-idf logistic regression (default) or spaCy textcat",
    )
    p.add_argument(
        "--accept-above",
        type=fraction,
        metavar="CONF",
        help="accept every suggestion at or above this confidence as codings of --coder",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_suggest)


def _add_words(sub: Subparsers) -> None:
    p = sub.add_parser("words", help="word frequencies or keyword in context by lemma, by attribute")
    p.add_argument("project")
    p.add_argument("--by", metavar="ATTR", help="break down by this attribute, e.g. stakeholder_group")
    p.add_argument("--group", metavar="VALUE[,VALUE]", help="only these values of --by")
    p.add_argument("--kwic", metavar="LEMMA", help="keyword in context: every occurrence of this lemma")
    p.add_argument("--context", type=count, default=60, help="characters of context for --kwic (default 60)")
    p.add_argument("--include-stopwords", action="store_true")
    p.add_argument("--include-interviewers", action="store_true", help="count interviewer speech too")
    p.add_argument("--min-count", type=count, default=2, help="leave out rarer lemmas (default 2)")
    p.add_argument("--top", type=count, default=0, help="print only the first N rows (no -o)")
    p.add_argument("-o", "--output", metavar="FILE", help="write .csv or .xlsx")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_words)


def _add_nlp(sub: Subparsers) -> None:
    p = sub.add_parser("nlp", help="which language pipeline is active; the analysis cache")
    p.add_argument("project", nargs="?")
    p.add_argument("--clear-cache", action="store_true", help="delete the project's cached analyses")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_nlp)


PARSERS: dict[str, AddParser] = {
    "autocode": _add_autocode,
    "deidentify": _add_deidentify,
    "suggest": _add_suggest,
    "words": _add_words,
    "nlp": _add_nlp,
}
