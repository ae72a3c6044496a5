"""The spaCy pipeline: ``spacy.blank("bn")`` with a tokenizer taught Bengali punctuation,
and a small sentence-boundary component. Built once per process, lazily."""
from __future__ import annotations

from functools import lru_cache

BN = "\u0980-\u09FF"
# Sentence-ending marks: danda, double danda, U+09F7 (misused as danda), ? and !.
SENT_END = {"।", "॥", "৷", "?", "!", "."}
OPEN_QUOTES = "“‘«"
CLOSE_QUOTES = "”’»"


@lru_cache(maxsize=1)
def get_nlp():
    import spacy
    from spacy.language import Language
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    nlp = spacy.blank("bn")
    # spaCy refuses texts over 1,000,000 characters (a guard for its parser and NER, which this
    # pipeline does not have); the tokenizer and the sentencizer need ~1 kB per 1 kB of text.
    nlp.max_length = 50_000_000
    prefixes = list(nlp.Defaults.prefixes) + [r"[“‘«\"']", r"[(\[{]"]
    suffixes = list(nlp.Defaults.suffixes) + [r"[।॥৷]", r"[”’»\"']", rf"(?<=[{BN}])\."]
    infixes = list(nlp.Defaults.infixes) + [
        # punctuation fused between two letters or digits: করুন!সামাজিক, হয়।এই, "করতে হয়"2000
        rf"(?<=[{BN}\w])[!?,;:।॥৷](?=[{BN}\w])",
        rf"(?<=[{BN}\w])[“”\"‘’](?=[{BN}\w])",
        r"[—–]",
    ]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer

    if not Language.has_factory("bnqa_sentencizer"):
        @Language.component("bnqa_sentencizer")
        def bnqa_sentencizer(doc):
            # Compute every token's flag first and set them in one call: assigning
            # ``token.is_sent_start`` one by one re-walks the Doc each time (quadratic).
            import numpy
            from spacy.attrs import SENT_START

            n = len(doc)
            flags = numpy.empty((n, 1), dtype="int64")
            start = True
            for i, tok in enumerate(doc):
                flags[i, 0] = 1 if start else -1
                text = tok.text
                newline = "\n" in text or "\n" in tok.whitespace_
                start = newline or text in SENT_END
                if start and not newline and i + 1 < n and not tok.whitespace_ \
                        and doc[i + 1].text in CLOSE_QUOTES + "\"'":
                    start = False  # keep a closing quote with its sentence
            if n:
                doc.from_array([SENT_START], flags.view("uint64"))
            return doc

    nlp.add_pipe("bnqa_sentencizer")
    return nlp


def make_doc(text: str):
    return get_nlp()(text)


def pipe(texts, batch_size: int = 32):
    return get_nlp().pipe(texts, batch_size=batch_size)
