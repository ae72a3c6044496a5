"""``bnqa serve``: LanguageTool's HTTP API (``/v2/check``, ``/v2/languages``) for Bengali, so
editors' tools that talk to a LanguageTool server (LibreOffice, the browser extension, LTeX,
Obsidian, ``language_tool_python``) check with bnqa; plus a web page (``GET /``) and the
bnqa-specific ``/api/check`` and ``/api/rules`` it uses.

Offsets in ``/v2/check`` answers are in UTF-16 code units, as LanguageTool's are; ``/api/check``
keeps bnqa's JSON contract (code points).
"""
from __future__ import annotations

import contextlib
import json
import threading
import urllib.parse
from pathlib import Path

import click

from . import __version__

MAX_BODY = 2 * 1024 * 1024  # bytes; larger requests get 413
WEB_DIR = Path(__file__).resolve().parent / "web"

LANGUAGES = [
    {"name": "Bengali", "code": "bn", "longCode": "bn"},
    {"name": "Bengali (Bangladesh)", "code": "bn", "longCode": "bn-BD"},
    {"name": "Bengali (India)", "code": "bn", "longCode": "bn-IN"},
]
_LANG_BY_KEY = {x["longCode"].lower().replace("_", "-"): x for x in LANGUAGES}

# bnqa category -> (LanguageTool category id, Bengali name, LanguageTool issue type)
CATEGORY_INFO = {
    "punctuation": ("PUNCTUATION", "যতিচিহ্ন", "typographical"),
    "spacing": ("TYPOGRAPHY", "ফাঁকা জায়গা", "whitespace"),
    "numerals": ("NUMERALS", "সংখ্যা", "numbers"),
    "spelling": ("TYPOS", "বানান", "misspelling"),
    "consistency": ("CONSISTENCY", "সামঞ্জস্য", "inconsistency"),
    "translationese": ("TRANSLATIONESE", "অনুবাদের ছাপ", "style"),
    "structure": ("STRUCTURE", "বাক্যগঠন", "grammar"),
    "markup": ("MARKUP", "মার্কআপ", "markup"),
    "unicode": ("UNICODE", "ইউনিকোড", "characters"),
}
_CATEGORY_BY_ID = {v[0]: k for k, v in CATEGORY_INFO.items()}


class BadRequest(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


# ----------------------------------------------------------------------------- checking


class Checker:
    """Linters cached per rule selection; checks serialised (spaCy state is shared)."""

    def __init__(self, preview: bool = False):
        self.preview = preview
        self.lock = threading.Lock()
        self._linters: dict = {}

    def linter(self, select=None, ignore=(), extend_select=(), preview=None, lang="bn"):
        from .catalog import select_rules
        from .engine import Linter

        preview = self.preview if preview is None else preview
        key = (tuple(select) if select is not None else None, tuple(ignore), tuple(extend_select), preview, lang)
        lin = self._linters.get(key)
        if lin is None:
            if len(self._linters) > 64:
                self._linters.clear()
            rules = select_rules(select=list(select) if select is not None else None, ignore=list(ignore),
                                 extend_select=list(extend_select), preview=preview)
            lin = self._linters[key] = Linter(rules, lang=lang)
        return lin

    def run(self, linter, view, source_text: str, kind: str = "text"):
        with self.lock:
            return linter.check_view(view, source_text, "-", kind)


def _split(v) -> list[str]:
    return [x.strip() for x in (v or "").split(",") if x.strip()]


def lt_selection(params: dict) -> dict:
    """LanguageTool's rule parameters as a bnqa rule selection."""
    from .catalog import load_catalog

    cat = load_catalog()
    enabled = [c.upper() for c in _split(params.get("enabledRules"))]
    disabled = [c.upper() for c in _split(params.get("disabledRules"))]
    en_cats = [c.upper() for c in _split(params.get("enabledCategories"))]
    dis_cats = [c.upper() for c in _split(params.get("disabledCategories"))]
    only = str(params.get("enabledOnly", "false")).lower() == "true"
    picky = str(params.get("level", "default")).lower() == "picky"
    if only and not (enabled or en_cats):
        raise BadRequest("enabledOnly=true requires enabledRules or enabledCategories")

    def codes_of_categories(ids):
        cats = {_CATEGORY_BY_ID.get(i, i.lower()) for i in ids}
        return [r.code for r in cat.values() if r.category in cats]

    known = lambda codes: [c for c in codes if c in cat]  # noqa: E731 - unknown LanguageTool ids are ignored
    if only:
        return {"select": known(enabled) + codes_of_categories(en_cats) or ["__NONE__"],
                "ignore": known(disabled), "preview": picky}
    return {"select": None, "extend_select": known(enabled) + codes_of_categories(en_cats),
            "ignore": known(disabled) + codes_of_categories(dis_cats), "preview": picky}


def annotation_view(data: str):
    """LanguageTool's ``data`` parameter: ``{"annotation": [{"text": ..}, {"markup": .., "interpretAs": ..}]}``.
    Returns (TextView, document text): text parts are checked verbatim, markup is replaced by its
    ``interpretAs`` (or nothing); offsets refer to the whole document, markup included."""
    from .source import TextView

    try:
        obj = json.loads(data)
    except (ValueError, RecursionError):
        raise BadRequest("'data' is not valid JSON") from None
    items = obj.get("annotation") if isinstance(obj, dict) else None
    if not isinstance(items, list):
        raise BadRequest("'data' must be a JSON object with an 'annotation' list")
    doc_parts: list[str] = []
    view_parts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    doc_len = view_len = 0
    for it in items:
        if not isinstance(it, dict):
            raise BadRequest("each annotation item must be an object with 'text' or 'markup'")
        if "text" in it:
            t = it["text"]
            if not isinstance(t, str):
                raise BadRequest("annotation 'text' must be a string")
            if t:
                spans.append((view_len, doc_len, len(t)))
                view_parts.append(t)
                view_len += len(t)
        elif "markup" in it:
            t = it["markup"]
            interp = it.get("interpretAs", "")
            if not isinstance(t, str) or not isinstance(interp, str):
                raise BadRequest("annotation 'markup' and 'interpretAs' must be strings")
            view_parts.append(interp)
            view_len += len(interp)
        else:
            raise BadRequest("each annotation item must have 'text' or 'markup'")
        doc_parts.append(t)
        doc_len += len(t)
    doc = "".join(doc_parts)
    return TextView("".join(view_parts), spans, doc), doc


def _utf16_index(text: str):
    """A function mapping code-point offsets to UTF-16 offsets (identity for BMP-only text)."""
    if all(ord(c) < 0x10000 for c in text):
        return lambda i: i
    import itertools

    acc = list(itertools.accumulate((2 if ord(c) >= 0x10000 else 1 for c in text), initial=0))
    return lambda i: acc[min(max(i, 0), len(text))]


_SENT_END = "।॥৷?!.\n"


def _sentence(text: str, start: int, end: int) -> str:
    s = start
    while s > 0 and text[s - 1] not in _SENT_END:
        s -= 1
    e = end
    while e < len(text) and text[e] not in _SENT_END:
        e += 1
    if e < len(text) and text[e] != "\n":
        e += 1
    return text[s:e].strip()


def _replacement(d, doc: str) -> tuple[int, int, list[str]]:
    """(start, end, replacements) in code points: a fix becomes one replacement of the match range,
    widened to cover every edit when the fix reaches beyond the flagged span."""
    if d.fix is None:
        return d.offset, d.end, []
    start, end = min(d.offset, d.fix.start), max(d.end, d.fix.end)
    out, pos = [], start
    for e in sorted(d.fix.edits, key=lambda e: e.offset):
        out.append(doc[pos:e.offset])
        out.append(e.content)
        pos = e.end
    out.append(doc[pos:end])
    return start, end, ["".join(out)]


def lt_match(d, doc: str, u16, rule, lang: str) -> dict:
    start, end, reps = _replacement(d, doc)
    cat_id, cat_name, issue = CATEGORY_INFO.get(d.category, (d.category.upper(), d.category, "other"))
    cs = max(0, start - 40)
    ce = min(len(doc), end + 40)
    ctx_text = doc[cs:ce].replace("\n", " ")
    return {
        "message": d.message,
        "shortMessage": (d.fix.message if d.fix is not None and d.fix.message else "") or cat_name,
        "replacements": [{"value": r} for r in reps],
        "offset": u16(start),
        "length": u16(end) - u16(start),
        "context": {"text": ctx_text, "offset": u16(start) - u16(cs), "length": u16(end) - u16(start)},
        "sentence": _sentence(doc, start, end),
        "type": {"typeName": "Other"},
        "rule": {
            "id": d.code,
            "subId": "1",
            "sourceFile": rule.source if rule is not None else "",
            "description": f"{d.code} {d.name}" if lang == "en" or rule is None else
            f"{d.code} {rule.msg('bn')}",
            "issueType": issue,
            "category": {"id": cat_id, "name": cat_name if lang == "bn" else d.category},
            "urls": [],
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def language_entry(code: str | None) -> dict:
    if not code:
        raise BadRequest("missing 'language' parameter (use bn, bn-BD, bn-IN or auto)")
    key = code.strip().lower().replace("_", "-")
    if key == "auto":
        return _LANG_BY_KEY["bn"]
    entry = _LANG_BY_KEY.get(key)
    if entry is None:
        raise BadRequest(f"language {code!r} is not supported; bnqa checks bn, bn-BD and bn-IN")
    return entry


def lt_check(params: dict, checker: Checker) -> dict:
    from .source import TextView

    lang = language_entry(params.get("language"))
    text, data = params.get("text"), params.get("data")
    if data is not None and data != "":
        view, doc = annotation_view(data)
    elif text is not None:
        doc = text
        view = TextView.identity(text)
    else:
        raise BadRequest("missing 'text' or 'data' parameter")
    sel = lt_selection(params)
    # messages are Bengali; the bnqa-specific parameter messages=en gives English
    msg_lang = "en" if params.get("messages") == "en" else "bn"
    lin = checker.linter(sel.get("select"), sel.get("ignore", ()), sel.get("extend_select", ()),
                         checker.preview or sel.get("preview", False), msg_lang)
    diags = checker.run(lin, view, doc)
    from .catalog import load_catalog

    cat = load_catalog()
    u16 = _utf16_index(doc)
    return {
        "software": {"name": "bnqa", "version": __version__, "buildDate": None, "apiVersion": 1,
                     "premium": False, "premiumHint": "", "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {"name": lang["name"], "code": lang["longCode"],
                     "detectedLanguage": {"name": lang["name"], "code": lang["longCode"], "confidence": 1.0,
                                          "source": "bnqa"}},
        "matches": [lt_match(d, doc, u16, cat.get(d.code), msg_lang) for d in diags],
    }


def bnqa_check(params: dict, checker: Checker) -> dict:
    """The web page's endpoint: bnqa's JSON contract plus the document score."""
    from .diagnostics import LineIndex
    from .score import count_words, score_diagnostics
    from .source import Source, segment

    text = params.get("text")
    if not isinstance(text, str):
        raise BadRequest("missing 'text'")
    kind = params.get("kind") or "text"
    if kind not in ("text", "markdown", "html"):
        raise BadRequest("'kind' must be text, markdown or html")
    lang = params.get("lang") or "bn"
    if lang not in ("bn", "en"):
        raise BadRequest("'lang' must be bn or en")
    select = params.get("select")
    if isinstance(select, str):
        select = _split(select)
    if select is not None and not (isinstance(select, list) and all(isinstance(s, str) for s in select)):
        raise BadRequest("'select' must be a list of rule codes")
    preview = bool(params.get("preview", False))
    lin = checker.linter(select or None, (), (), preview, lang)
    view = segment(Source("-", text, kind=kind))
    diags = checker.run(lin, view, text, kind)
    index = LineIndex(text)
    return {"diagnostics": [d.to_json(index) for d in diags],
            "score": score_diagnostics(diags, count_words(view.text))}


def bnqa_fix(params: dict, checker: Checker) -> dict:
    """Apply every safe fix (unsafe ones too with ``unsafe: true``) the way ``bnqa check --fix``
    does: non-overlapping fixes, re-checked until nothing more is fixable."""
    from .fixes import fix_text
    from .source import Source, segment

    text, kind = params.get("text"), params.get("kind") or "text"
    if not isinstance(text, str):
        raise BadRequest("missing 'text'")
    if kind not in ("text", "markdown", "html"):
        raise BadRequest("'kind' must be text, markdown or html")
    select = params.get("select")
    if isinstance(select, str):
        select = _split(select)
    lin = checker.linter(select or None, (), (), bool(params.get("preview", False)), "bn")

    def check(t: str):
        return checker.run(lin, segment(Source("-", t, kind=kind)), t, kind)

    new, applied, remaining = fix_text(text, check, unsafe=bool(params.get("unsafe", False)))
    return {"text": new, "applied": len(applied), "remaining": len(remaining)}


def rules_json() -> list[dict]:
    from .catalog import load_catalog

    out = []
    for r in load_catalog().values():
        out.append(r.summary("bn") | {
            "message": r.message, "explanation": r.explanation,
            "fix_message": (r.fix or {}).get("message"),
        })
    return out


# ----------------------------------------------------------------------------- HTTP


def _parse_body(body: bytes, content_type: str) -> dict:
    """Form-encoded, multipart or JSON; LTeX labels form-encoded bodies as JSON, so the content is
    looked at, not only the label."""
    try:
        s = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("the request body is not UTF-8") from None
    stripped = s.lstrip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(s)
        except (ValueError, RecursionError):
            obj = None
        if isinstance(obj, dict):
            return {k: (v if isinstance(v, (str, list, bool)) or v is None else json.dumps(v)) for k, v in obj.items()}
        if "json" in content_type and "=" not in s:
            raise BadRequest("the JSON body is malformed")
    if not s:
        return {}
    try:
        pairs = urllib.parse.parse_qsl(s, keep_blank_values=True, strict_parsing=False, max_num_fields=1000)
    except ValueError as exc:
        raise BadRequest(f"the body cannot be parsed: {exc}") from None
    return dict(pairs)


def create_app(allow_origins=("*",), max_body: int = MAX_BODY, preview: bool = False, warm: bool = False):
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.requests import Request
    from starlette.responses import FileResponse, JSONResponse, Response
    from starlette.routing import Route

    checker = Checker(preview=preview)

    def error(msg: str, status: int = 400) -> JSONResponse:
        return JSONResponse({"error": msg}, status_code=status)

    async def read_params(request: Request) -> dict:
        params = dict(request.query_params)
        if request.method == "POST":
            length = request.headers.get("content-length")
            if length is not None:
                try:
                    if int(length) > max_body:
                        raise BadRequest(f"request body too large (limit {max_body} bytes)", 413)
                except ValueError:
                    raise BadRequest("bad Content-Length") from None
            chunks, size = [], 0
            async for chunk in request.stream():
                size += len(chunk)
                if size > max_body:
                    raise BadRequest(f"request body too large (limit {max_body} bytes)", 413)
                chunks.append(chunk)
            body = b"".join(chunks)
            ctype = request.headers.get("content-type", "").lower()
            if ctype.startswith("multipart/form-data"):
                # re-parse through Starlette's multipart parser
                async def receive():
                    return {"type": "http.request", "body": body, "more_body": False}

                req2 = Request(request.scope, receive)
                try:
                    form = await req2.form()
                except Exception:
                    raise BadRequest("malformed multipart body") from None
                params.update({k: v for k, v in form.items() if isinstance(v, str)})
            else:
                params.update(_parse_body(body, ctype))
        return params

    def endpoint(fn):
        async def handler(request: Request):
            try:
                params = await read_params(request)
                result = await run_in_threadpool(fn, params, checker)
                return JSONResponse(result)
            except BadRequest as exc:
                return error(str(exc), exc.status)
            except Exception as exc:  # never let one request take the server down
                return error(f"internal error: {type(exc).__name__}: {exc}", 500)
        return handler

    async def languages(request: Request):
        return JSONResponse(LANGUAGES)

    async def healthcheck(request: Request):
        return Response("OK", media_type="text/plain")

    async def rules(request: Request):
        return JSONResponse(await run_in_threadpool(rules_json))

    async def index(request: Request):
        return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")

    async def static(request: Request):
        name = request.path_params["name"]
        path = (WEB_DIR / name).resolve()
        if path.parent != WEB_DIR or not path.is_file():
            return error("not found", 404)
        media = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                 ".png": "image/png", ".svg": "image/svg+xml"}.get(path.suffix, "application/octet-stream")
        return FileResponse(path, media_type=media)

    async def not_found(request, exc):
        return error("not found", 404)

    async def not_allowed(request, exc):
        return error(getattr(exc, "detail", "method not allowed"), getattr(exc, "status_code", 405))

    @contextlib.asynccontextmanager
    async def lifespan(app):
        if warm:  # load the rules and spaCy before the first request
            from .source import TextView

            await run_in_threadpool(checker.run, checker.linter(), TextView.identity("আমি ভাত খাই."), "আমি ভাত খাই.")
        yield

    routes = [
        Route("/", index),
        Route("/web/{name}", static),
        Route("/v2/languages", languages),
        Route("/v2/healthcheck", healthcheck),
        Route("/v2/check", endpoint(lt_check), methods=["GET", "POST"]),
        Route("/api/check", endpoint(bnqa_check), methods=["POST"]),
        Route("/api/fix", endpoint(bnqa_fix), methods=["POST"]),
        Route("/api/rules", rules),
    ]
    middleware = [Middleware(CORSMiddleware, allow_origins=list(allow_origins), allow_methods=["GET", "POST"],
                             allow_headers=["*"])] if allow_origins else []
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                     exception_handlers={404: not_found, 405: not_allowed})


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8081, show_default=True, type=int, help="Port (LanguageTool's default is 8081).")
@click.option("--allow-origin", "allow_origin", multiple=True, default=("*",), show_default=True,
              help="CORS origins allowed to call the API (repeat; '*' for any, '' for none).")
@click.option("--max-body", default=MAX_BODY, show_default=True, type=int, help="Largest request body in bytes.")
@click.option("--preview", is_flag=True, help="Also run preview rules.")
def serve_command(host, port, allow_origin, max_body, preview):
    """Serve LanguageTool's HTTP API and a web page for checking drafts."""
    import uvicorn

    origins = tuple(o for o in allow_origin if o)
    app = create_app(origins, max_body, preview, warm=True)
    click.echo(f"bnqa {__version__}: http://{host}:{port}/  (LanguageTool API at http://{host}:{port}/v2/)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
