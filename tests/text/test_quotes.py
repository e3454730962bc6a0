"""Direct quotations are found with exact offsets, and apostrophes are never taken for quote marks."""

import random

import pytest

from eventwire.text.quotes import QuoteSpan, find_quotations, quote_at

TASS = (
    '"China’s army is ready for interaction with Russia," the spokesperson said in a statement '
    "posted on the Chinese Defense Ministry’s WeChat social media platform."
)

# (text, the quoted words of each quotation in order, as they stand between the marks)
SINGLE_PARAGRAPH = [
    ('He said "we will fight" today.', ["we will fight"]),
    ("He said “we will fight” today.", ["we will fight"]),
    ("Il a dit « Nous allons gagner » hier.", ["Nous allons gagner"]),
    ("Il a dit «Nous allons gagner» hier.", ["Nous allons gagner"]),
    ("Er sagte: „Wir kommen morgen.“ Dann ging er.", ["Wir kommen morgen."]),
    ('"We will," he said, "fight on."', ["We will,", "fight on."]),
    ("“We will,” he said, “fight on.”", ["We will,", "fight on."]),
    ('"We will fight. We will win. Nothing stops us." Then he left.',
     ["We will fight. We will win. Nothing stops us."]),
    (TASS, ["China’s army is ready for interaction with Russia,"]),
    ("the Chinese Defense Ministry’s WeChat account", []),
    ("Xi's visit to Moscow in the '90s style, with rock 'n' roll, and the players' union.", []),
    ("China’s army and Russia’s navy met; ‘90s nostalgia.", []),
    ('"He called it \'nonsense\'," she said.', ["He called it 'nonsense',"]),
    ("“He called it ‘nonsense’,” she said.", ["He called it ‘nonsense’,"]),
    ('“He called it "nonsense," then left,” she said.', ['He called it "nonsense," then left,']),
    ("“Xi’s plan for the ’90s is rock ’n’ roll,” he said.", ["Xi’s plan for the ’90s is rock ’n’ roll,"]),
    ("Officials called it a 'peace mission', not an invasion.", ["peace mission"]),
    ("“We will fight,\" he said.", ["We will fight,"]),  # mixed marks, a common slip
    ('He said "" and left.', []),
]


@pytest.mark.parametrize("text, quoted", SINGLE_PARAGRAPH)
def test_quotes_single_paragraph_offsets_are_exact(text, quoted):
    quotes = find_quotations(text)
    assert [q.text for q in quotes] == quoted
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert q.outer_start == q.start - 1 or text[q.outer_start + 1:q.start].isspace()
        assert text[q.outer_start] in "\"“„«'‘"
        assert q.balanced


# (text, the inner quote-in-quote words of the first quotation)
NESTED = [
    ('"He called it \'nonsense\'," she said.', ["nonsense"]),
    ("“No ‘deal’ and no ‘truce’,” he said.", ["deal", "truce"]),
    ('“He called it "nonsense," then left,” she said.', ["nonsense,"]),
    ('"China’s army and Xi\'s plan," he said.', []),
    ("“Rock ’n’ roll in the ‘90s,” he said.", []),
]


@pytest.mark.parametrize("text, inner", NESTED)
def test_quotes_quote_in_quote_is_nested(text, inner):
    (q,) = find_quotations(text)
    assert [text[s:e] for s, e in q.nested] == inner


@pytest.mark.parametrize("text, quoted", [
    ('He said: "We will fight.\n\n"And we will win," he added.', "We will fight. And we will win,"),
    ("“We will fight.\n\n“We will never surrender.\n\n“And we will win,” he said.",
     "We will fight. We will never surrender. And we will win,"),
    ("“We will fight.\n“And we will win,” he said.", "We will fight. And we will win,"),
    ('"We will fight.\n"And we will win," he said.', "We will fight. And we will win,"),
    ("Er sagte: „Wir kommen.\n\n„Und wir bleiben.“ Dann ging er.", "Wir kommen. Und wir bleiben."),
])
def test_quotes_multi_paragraph_continue_the_quotation(text, quoted):
    (q,) = find_quotations(text)
    assert q.text == quoted and q.balanced
    assert text[q.outer_end - 1] in "\"”“"


def test_quotes_hard_wrapped_line_stays_one_quote():
    text = 'He said "we will\nfight on" today.\n\nNext paragraph.'
    (q,) = find_quotations(text)
    assert q.text == "we will fight on" and q.balanced


@pytest.mark.parametrize("text, quoted", [
    ('He said "we will fight.\n\nNobody answered.', "we will fight."),
    ('He said "we will fight." and "never', "never"),
    ("He said “we will fight.\n\nNobody answered.", "we will fight."),
    ('"Unclosed to the end', "Unclosed to the end"),
])
def test_quotes_unbalanced_are_flagged_and_cut_at_paragraph_end(text, quoted):
    quotes = find_quotations(text)
    q = quotes[-1]
    assert q.text == quoted and not q.balanced
    assert q.outer_end == q.end
    assert "\n" not in text[q.start:q.end]


@pytest.mark.parametrize("text", [
    "", "   ", "\n\n", '"', '""', "''", "“”", "««»»", "'", "’’’", "\"\n\n\"", None,
])
def test_quotes_garbage_gives_nothing(text):
    assert find_quotations(text) == []


def test_quotes_random_garbage_never_raises():
    rng = random.Random(7)
    alphabet = "ab s.,\n\n\t\"“”„«»'‘’‚‹›"
    for _ in range(3_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for q in find_quotations(text):
            assert 0 <= q.outer_start <= q.start < q.end <= q.outer_end <= len(text)
            assert all(q.start <= s < e <= q.end for s, e in q.nested)


def test_quotes_tass_story():
    text = (
        'BEIJING, May 15. /TASS/. The People’s Liberation Army of China is ready, Jiang Bin said.\n\n'
        + TASS + "\n\n"
        + 'China and Russia agreed at the highest level "to persistently deepen strategic cooperation."'
    )
    quotes = find_quotations(text)
    assert [q.text for q in quotes] == [
        "China’s army is ready for interaction with Russia,",
        "to persistently deepen strategic cooperation.",
    ]
    assert all(q.balanced and not q.nested for q in quotes)


def test_quotes_quote_at_finds_the_quote_of_a_range():
    text = 'He said "go home." Then she said "stay here," and left.'
    first, second = find_quotations(text)
    assert quote_at([first, second], 8, 18) is first  # the quote itself, marks included
    assert quote_at([first, second], 10, 12) is first  # inside it
    assert quote_at([first, second], 19, len(text)) is second  # a sentence that contains it
    assert quote_at([first, second], 0, 3) is None
    assert quote_at([first, second], 34, 34) is second  # a single point
    assert quote_at([], 0, 10) is None


def test_quotes_span_is_frozen():
    (q,) = find_quotations('"Yes."')
    assert isinstance(q, QuoteSpan)
    with pytest.raises(AttributeError):
        q.start = 0  # type: ignore[misc]
