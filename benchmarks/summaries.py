"""Key statements against references, beside LEAD-k and sumy's LexRank, TextRank, LSA and Luhn.

    python benchmarks/summaries.py [--data ../shared/data]

1. Our test documents: the reference is the set of sentences the writers
   marked as key. Reported: precision@3 (share of 3 picked sentences that are
   marked key), recall@R (share of the R marked sentences found when R are
   picked), and ROUGE-1/2/L F1 (rouge-score, stemming on) of the 3 picked
   sentences against all marked ones.
2. BBC News Summary (with ``--data``): the fixed sample of 300 articles, title
   line dropped, k = 3, ROUGE F1 against the extractive reference summaries, as
   a sanity check on news text outside our field.

Every system sees the same text: for our documents, the content paragraphs
found by the scotopics segmenter (page debris removed, which favours the
peers); for BBC, the article body. sumy's own tokenizer needs NLTK data that
cannot be downloaded, so its parser gets a tokenizer object of ours.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from _common import documents, print_table, write_results

import scotopics
from scotopics.models.attribution import statement_text
from scotopics.models.summarizer import MIN_STATEMENT_WORDS
from scotopics.text.lookalikes import repair_lookalikes

#: A word that opens with a letter, counted as the summarizer counts a statement's words.
_LETTER_WORD = re.compile(r"[^\W\d_]\S*")


#: A wire's dateline and agency given as one piece ("ДУШАНБЕ, 10 окт – РИА Новости.", "ВИЛЬНЮС, 12 фев — Sputnik,
#: Мария Шелудякова."), which the splitter keeps whole and no system picks as a statement.
_DATELINE = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ -]{2,},\s+\d{1,2}\s+\w+\.?\s*[–—-]\s*[^.]{2,60}\.$")


def _too_short(piece: str) -> bool:
    """Whether a piece has fewer words than a statement ("MOSCOW, February 14.", "/TASS/.")."""
    return len(_LETTER_WORD.findall(piece)) < MIN_STATEMENT_WORDS


def reference_statement(sentence: str) -> str:
    """A marked sentence as a system can pick it: without the label that names its speaker ("A:", "Mao Ning:", a
    bullet), which scotopics leaves out of the statement and the other systems keep, and without the pieces of a
    wire's dateline that open it ("MOSCOW, February 14. /TASS/. Russia …", "ДУШАНБЕ, 10 окт – РИА Новости. Все …"),
    which the splitter cuts off as sentences that no system picks as a statement."""
    pieces = scotopics.split_sentences(sentence)
    while len(pieces) > 1 and (_too_short(pieces[0]) or _DATELINE.match(pieces[0])):
        pieces = pieces[1:]
    return statement_text(" ".join(pieces))


def normalise(sentence: str) -> str:
    """A sentence compared as scotopics reads it: lookalike letters of another script repaired (scotopics returns
    "Organisation" for a page's "Оrganisation" with a Cyrillic "О"), case and spacing aside."""
    return " ".join(repair_lookalikes(sentence).lower().split())


class SumyTokenizer:
    """sumy's tokenizer interface on top of our offline sentence splitter."""

    language = "english"
    _word = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(scotopics.split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(self._word.findall(sentence))


def sumy_systems() -> dict:
    """name -> function(text, k) -> list of sentences, for the sumy summarisers (if installed)."""
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.lsa import LsaSummarizer
        from sumy.summarizers.luhn import LuhnSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError:
        print("sumy is not installed (pip install -e '.[bench]'): its summarisers are skipped")
        return {}
    tokenizer = SumyTokenizer()
    systems = {}
    for name, cls in (
        ("sumy TextRank", TextRankSummarizer),
        ("sumy LexRank", LexRankSummarizer),
        ("sumy LSA", LsaSummarizer),
        ("sumy Luhn", LuhnSummarizer),
    ):
        summarizer = cls(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")

        def run(text: str, k: int, summarizer=summarizer) -> list[str]:
            document = PlaintextParser.from_string(text, tokenizer).document
            return [str(s) for s in summarizer(document, k)]

        systems[name] = run
    return systems


def rouge_scorer():
    try:
        from rouge_score import rouge_scorer as module
    except ImportError:
        print("rouge-score is not installed (pip install -e '.[bench]'): ROUGE is skipped")
        return None
    return module.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)


def content_text(model, text: str) -> str:
    """The document's content paragraphs, as the segmenter finds them."""
    return "\n\n".join(p.text for p in model.analyze(text, n=0).paragraphs if p.kind == "text")


def lead(text: str, k: int) -> list[str]:
    sentences = [s for p in scotopics.segment(text) if p.kind == "text" for s in p.sentences]
    return sentences[:k]


def evaluate_ours(model, systems: dict, scorer, part: str = "test", docs=None) -> tuple[dict, dict]:
    """Precision@3, recall@R and ROUGE of each system against the marked key sentences of a test part
    (or of ``docs``), and the precision@3 ceiling: what a perfect system reaches when a document marks fewer
    than three key sentences."""
    counts = {
        name: {"picked": 0, "picked_key": 0, "found": 0, "gold": 0, "r1": 0.0, "r2": 0.0, "rl": 0.0} for name in systems
    }
    timing = dict.fromkeys(systems, 0.0)
    used, reachable, places = 0, 0, 0
    for doc in documents(part) if docs is None else docs:
        gold_sentences = [s for p in doc.paragraphs for i, s in enumerate(p.sentences) if i in p.key]
        text = content_text(model, doc.text)
        if not gold_sentences or not text:
            continue
        used += 1
        gold = {normalise(reference_statement(s)) for s in gold_sentences}
        reference = " ".join(gold_sentences)
        reachable += min(3, len(gold))
        places += len(lead(text, 3))
        for name, system in systems.items():
            started = time.perf_counter()
            picked = [normalise(s) for s in system(text, 3)]
            timing[name] += time.perf_counter() - started
            recall_picks = [normalise(s) for s in system(text, len(gold))]
            c = counts[name]
            # A statement may span a whole quotation: it hits every marked sentence it contains.
            c["picked"] += len(picked)
            c["picked_key"] += sum(any(g in p for g in gold) for p in picked)
            c["gold"] += len(gold)
            c["found"] += sum(any(g in p for p in recall_picks) for g in gold)
            if scorer is not None:
                scores = scorer.score(reference, " ".join(picked))
                c["r1"] += scores["rouge1"].fmeasure
                c["r2"] += scores["rouge2"].fmeasure
                c["rl"] += scores["rougeL"].fmeasure
    results = {}
    for name, c in counts.items():
        results[name] = {
            "precision_at_3": c["picked_key"] / c["picked"],
            "recall_at_R": c["found"] / c["gold"],
            "rouge1": 100 * c["r1"] / used,
            "rouge2": 100 * c["r2"] / used,
            "rougeL": 100 * c["rl"] / used,
            "ms_per_document_k3": 1000 * timing[name] / used,
        }
    return results, {"documents": used, "precision_at_3_ceiling": reachable / places if places else 0.0}


def read_bbc(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def evaluate_bbc(data: Path, systems: dict, scorer) -> dict:
    root = data / "bbc_news_summary"
    ids = (root / "sample300_seed0.txt").read_text(encoding="utf-8").split()
    totals = {name: [0.0, 0.0, 0.0] for name in systems}
    for article_id in ids:
        article = read_bbc(root / "articles" / f"{article_id}.txt")
        body = article.split("\n", 1)[1].strip() if "\n" in article else article
        reference = read_bbc(root / "summaries" / f"{article_id}.txt")
        for name, system in systems.items():
            scores = scorer.score(reference, " ".join(system(body, 3)))
            for i, key in enumerate(("rouge1", "rouge2", "rougeL")):
                totals[name][i] += scores[key].fmeasure
    return {
        name: {k: 100 * v / len(ids) for k, v in zip(("rouge1", "rouge2", "rougeL"), t)} for name, t in totals.items()
    }


def print_summary_table(found: dict) -> None:
    print_table(
        ["system", "precision@3", "recall@R", "ROUGE-1", "ROUGE-2", "ROUGE-L", "ms/doc (k=3)"],
        [
            [
                name,
                r["precision_at_3"],
                r["recall_at_R"],
                f"{r['rouge1']:.1f}",
                f"{r['rouge2']:.1f}",
                f"{r['rougeL']:.1f}",
                f"{r['ms_per_document_k3']:.1f}",
            ]
            for name, r in found.items()
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder, for the BBC sample")
    args = parser.parse_args()
    model = scotopics.load()
    systems = {
        "scotopics": lambda text, k: [s.text for s in model.summarize(text, n=k)],
        "scotopics key model only (no centrality, no MMR)": lambda text, k: [
            s.text
            for s in sorted(
                sorted(model.rank_sentences(text), key=lambda s: -s.score)[:k], key=lambda s: (s.paragraph, s.sentence)
            )
        ],
        "LEAD-k": lead,
        **sumy_systems(),
    }
    scorer = rouge_scorer()
    shift, shift_info = evaluate_ours(model, systems, scorer, part="test_shift")
    ours, info = evaluate_ours(model, systems, scorer)
    for title, found, ceiling in (
        (f"key statements on {info['documents']} test documents", ours, info["precision_at_3_ceiling"]),
        (
            f"key statements on {shift_info['documents']} style-shift test documents",
            shift,
            shift_info["precision_at_3_ceiling"],
        ),
    ):
        print(f"{title} (reference: the sentences marked key; precision@3 ceiling {ceiling:.3f})\n")
        print_summary_table(found)
        print()
    results = {
        "test_documents": info["documents"],
        "precision_at_3_ceiling": info["precision_at_3_ceiling"],
        "ours": ours,
        "shift_documents": shift_info["documents"],
        "shift_precision_at_3_ceiling": shift_info["precision_at_3_ceiling"],
        "shift": shift,
    }
    if "sumy TextRank" in ours:
        ratio = ours["sumy TextRank"]["ms_per_document_k3"] / ours["scotopics"]["ms_per_document_k3"]
        results["speedup_vs_sumy_textrank"] = ratio
        print(f"\nscotopics summarize is {ratio:.1f}x faster than sumy TextRank on these documents")
    if args.data and scorer is not None and (args.data / "bbc_news_summary").is_dir():
        bbc = evaluate_bbc(args.data, {k: v for k, v in systems.items() if "key model only" not in k}, scorer)
        results["bbc"] = bbc
        print("\nBBC News Summary, fixed sample of 300 articles, k = 3, ROUGE F1\n")
        print_table(
            ["system", "ROUGE-1", "ROUGE-2", "ROUGE-L"],
            [[name, f"{r['rouge1']:.1f}", f"{r['rouge2']:.1f}", f"{r['rougeL']:.1f}"] for name, r in bbc.items()],
        )
    elif args.data:
        print("BBC data or rouge-score missing: BBC section skipped")
    print(write_results("summaries", results))


if __name__ == "__main__":
    main()
