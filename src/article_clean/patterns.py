"""Compiled patterns and phrase tables used by the stages: data only, no logic.

Keeping them here lets a reader see in one place what the library recognises, and lets a user extend a table
without touching a stage. Every pattern is written for the `regex` module with possessive quantifiers where a
match could otherwise backtrack, so matching stays linear in the length of a line.
"""

from __future__ import annotations

from types import MappingProxyType

import regex

__all__: list[str] = []  # internal module: the names below are documented, not exported

#: HTML element names; a `<name …>` in scraped text is only treated as a tag when `name` is one of these or
#: contains a hyphen (a custom element), so prose such as "x <y and z> w" survives.
HTML_ELEMENTS: frozenset[str] = frozenset(
    """a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite
    code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font
    footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map
    mark menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s
    samp script section select slot small source span strike strong style sub summary sup svg table tbody td
    template textarea tfoot th thead time title tr track tt u ul var video wbr""".split()
)

#: Attributes that may appear without a value inside a tag (`<iframe allowfullscreen src="…">`).
BOOLEAN_ATTRIBUTES: frozenset[str] = frozenset(
    """allowfullscreen async autofocus autoplay checked controls default defer disabled download hidden inert
    itemscope loop multiple muted nomodule novalidate open playsinline readonly required reversed selected""".split()
)

_ATTRIBUTE = r"""(?:[^\s"'<>/=]++\s*+=\s*+(?:"[^"<>]*+"|'[^'<>]*+'|[^\s"'<>=`]++)|\L<boolean>)"""
_NAME = r"(?:\L<elements>|[a-z][a-z0-9]*+(?:-[a-z0-9]++)++)(?![a-z0-9-])"

#: One HTML tag or comment, as it appears in scraped text once its entities are decoded.
TAG = regex.compile(
    rf"<(?:!--(?:[^<>\-]++|-(?!->))*+--|/?{_NAME}(?:\s++{_ATTRIBUTE})*+\s*+/?)>",
    regex.IGNORECASE,
    elements=sorted(HTML_ELEMENTS, key=len, reverse=True),
    boolean=sorted(BOOLEAN_ATTRIBUTES, key=len, reverse=True),
)

#: The name of a tag matched by `TAG`, and its `href` attribute if any.
TAG_NAME = regex.compile(r"</?+([a-z][a-z0-9-]*+)", regex.IGNORECASE)
HREF = regex.compile(r"""\shref\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s"'<>=`]++))""", regex.IGNORECASE)

#: Tags that separate words when removed (block boundaries and line breaks); other tags are removed silently.
BREAKING_TAGS: frozenset[str] = frozenset(
    """address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li
    main nav ol p pre section table td th tr ul""".split()
)

#: A character reference that ends in ";": the only kind decoded in text, so "AT&T" and "this&not" survive.
ENTITY = regex.compile(r"&(?:#[0-9]{1,10}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});")
#: The longest text `ENTITY` can match.
ENTITY_MAX_LENGTH = 33

#: Characters that carry no text: C0/C1 controls other than whitespace, lone surrogates, and invisible marks
#: (the inside of a character class, for the patterns that need it with `re` as well as `regex`).
INVISIBLE_CHARACTERS = r"\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\u00ad\u200b\u2060\ufeff"
INVISIBLE = regex.compile(f"[{INVISIBLE_CHARACTERS}]++")
#: The deepest HTML nesting parsed as it is (`CleanConfig.max_depth`): no real page nests this deep.
DEFAULT_MAX_DEPTH = 512
#: A run of Unicode white space (including no-break and ideographic spaces).
WHITESPACE_RUN = regex.compile(r"\s++")


# Every invisible character and every white space but " " is unprintable to `str.isprintable`, a scan in C that
# settles almost every line of text before a regular expression runs.


def remove_invisible(text: str) -> str:
    """`text` without the characters `INVISIBLE` matches.

    >>> remove_invisible("Pal\u00admyra")
    'Palmyra'
    """
    return text if text.isprintable() else INVISIBLE.sub("", text)


def squash_whitespace(text: str) -> str:
    """`text` with every run of white space made one space, and trimmed.

    >>> squash_whitespace(" a \u00a0 b\t")
    'a b'
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return WHITESPACE_RUN.sub(" ", text).strip()


#: List markers at the start of a line: "• item", "* item", "- item" (all of them, so that removal is idempotent).
BULLET = regex.compile(r"^(?:[•·▪●◦‣∙*\-–]\s++)++(?=\S)")

# --- header ---------------------------------------------------------------------------------------------------

#: A metadata field dumped by a scraper: "date 2017-03-02 Breaking News".
DATE_FIELD = regex.compile(
    r"^(?:date|pubdate|datePublished)(?:\s*+:\s*+|\s++)"
    r"(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d++)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?!\S)\s*+(.*+)$",
    regex.IGNORECASE,
)
#: A timestamp line: "Updated 10:43 PM ET, Thu March 2, 2017".
TIMESTAMP_LINE = regex.compile(
    r"^(updated|last updated|published|first published|posted|filed)(?:\s*+:\s*+|\s++)(.++)$", regex.IGNORECASE
)
#: What separates a headline from the site's name in a `<title>`: "Syria retakes Palmyra - CNN".
TITLE_SEPARATOR = regex.compile(r"(?<!\s)\s++(?:[-|–—·•:]|::)\s++")
#: Where a `<title>` may part the headline from the site's name, in more ways than `TITLE_SEPARATOR`: also "«",
#: "»", "›", "/", "//" and a colon after a word ("Seth's Blog: Entering sync markets"). Only a heading repeating a
#: side makes it the headline (`stages/_headline.py`), so a colon inside a headline costs nothing.
TITLE_PARTS = regex.compile(r"(?<!\s)\s++(?:[-|–—·•«»›:/]|::|//)\s++|(?<=\w):\s++")
#: Words a timestamp line is made of besides dates, times and zones; a line with more other words is a sentence.
TIMESTAMP_WORDS: frozenset[str] = frozenset(
    """am pm a.m. p.m. at on of in and | • - — – mon tue tues wed thu thur thurs fri sat sun monday tuesday
    wednesday thursday friday saturday sunday""".split()
)
#: How many other words a timestamp line may hold: "Filed as Features on November 7, 2012 4:26 am".
TIMESTAMP_OTHER_WORDS = 3
#: A byline: "By Lonzo Cook and Hamdi Alkhshali, CNN", "Analysis by Chris Cillizza, CNN Editor-at-large".
_BYLINE_WORDS = "analysis|opinion|commentary|story|written|words|reporting|posted|published"
BYLINE = regex.compile(rf"^(?:(?:{_BYLINE_WORDS}) )?by:?\s++(.++)$", regex.IGNORECASE)
#: How a byline starts: a line that does not start so holds no byline, however it is cut.
BYLINE_START = regex.compile(rf"(?:(?:{_BYLINE_WORDS}) )?by:?\s", regex.IGNORECASE)
#: Where a byline may be followed by its date: "By Jane Doe on March 2, 2017", "By Jane Doe | 10:43 AM ET".
BYLINE_DATE_CUT = regex.compile(r"(?<!\s)\s++(?:on|at|[|•·—–-])\s++|,\s++(?=\p{Lu}\p{Ll}++\.? \d|\d)")
#: A weekday ending a byline's names, before its date: its own comma-separated part ("By Sherif Saed, Wednesday,
#: 20 November 2019") or an abbreviation with its dot ("By Brantley Hargrove Thu., Nov. 8 2012"). A bare "Sun" or
#: a "Friday" in the same part as a name may be a surname.
BYLINE_WEEKDAY = regex.compile(
    r"(?:,\s*+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?"
    r"|(?:,\s*+|(?<!\s)\s++)(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)[\s,]*+$"
)
#: A separator left dangling at the end of a byline ("By Adam Rank |").
#: Patterns that start with white space begin only where a run of it begins, `(?<!\s)`: tried inside the run,
#: each position would rescan the rest of it, quadratic in the run's length (benchmarks/robustness.py audits).
TRAILING_SEPARATOR = regex.compile(r"(?<!\s)\s*+[|•·—–-]\s*+$")
#: Longest line, in words, that can be a byline or a timestamp line.
META_LINE_MAX_WORDS = 20
#: Words that end a publisher and start a job title in a byline ("CNN Editor-at-large"); a part of a byline made
#: of them alone is the author's title, not another author ("By Jane Doe, Editor").
ROLE_WORDS: frozenset[str] = frozenset(
    """editor editor-at-large correspondent reporter writer contributor columnist analyst producer anchor
    host staff senior chief special political national international founder co-founder freelancer
    freelance scientist distinguished director president professor""".split()
)
#: Degrees and certifications written after a name in a byline ("Ilana Muhlstein, MS, RDN"), without their dots:
#: neither another author nor a publisher.
POST_NOMINALS: frozenset[str] = frozenset(
    """PhD MD DO MS MSc MA MBA MPH MFA MSW BA BS BSc JD LLM EdD PsyD DDS DMD DVM RN NP RD RDN LD LDN CDE CPA CFA CFP
    CSCS CPT LCSW LPC LMFT FACP FACS FRCP Esq""".split()
)
#: Generational suffixes, written after a name and a comma ("John Smith, Jr."), without their dots.
NAME_SUFFIXES: frozenset[str] = frozenset("Jr Sr II III IV".split())
#: One word of a person's name: capitalised, or a lower-case particle ("de", "van", "bin").
NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}\p{M}'’.\-]*+|de|da|del|della|der|di|du|la|le|van|von|bin|al|ibn|y)$")
#: Capitalised words that start a phrase, never a name: "By The Numbers", "By This Time".
NOT_NAME_START: frozenset[str] = frozenset(
    "the a an this that these those our your my his her its their some all any every no one".split()
)
#: What a menu offers to sort or filter by ("Browse by Category", "BY WEEK", "Subscribe by Email", "By Make"): a
#: byline naming one of these alone names no author.
SORT_KEYS: frozenset[str] = frozenset(
    """email category categories make model week month year season date day topic topics tag tags author authors
    title name price type brand location country region city rating popularity relevance subject genre section
    keyword""".split()
)
#: A section label line: a few capitalised words and no sentence punctuation ("Breaking News", "ANALYSIS").
LABEL = regex.compile(r"^\p{Lu}[\p{L}&'’\-]*+(?: [\p{Lu}&][\p{L}&'’\-]*+){0,3}$")
#: Section labels shown above headlines. A label line before a title is only a kicker if it is one of these or
#: is written in capitals, since menus also put short capitalised lines before titles.
KICKERS: frozenset[str] = frozenset(
    part.strip()
    for part in """breaking news | analysis | news analysis | opinion | commentary | editorial | exclusive | live |
    live updates | developing story | explainer | fact check | review | interview | perspective | investigation |
    special report | obituary | update | first person""".split("|")
)
#: The end of a sentence, with any closing quotes or brackets after it.
PROSE_END = regex.compile(r"[.!?…][\"'”’)\]]*+$")
#: A question or an exclamation at a line's end, before any closing quotes: a headline may end so.
HEADLINE_END = regex.compile(r"[!?][\"'”’)\]]*+$")
#: Characters that end a sentence; a title does not end with them (titles may end in "?" or "!").
SENTENCE_END = regex.compile(r"[.:;,]$")

# --- timestamps ------------------------------------------------------------------------------------------------

#: Month names and abbreviations, in English and in the languages whose pages print dates in words most:
#: Portuguese, Spanish, German, French, Italian and Dutch ("30. Juli 2018", "27 de setembro de 2018", "1er mars").
MONTHS: MappingProxyType[str, int] = MappingProxyType(
    {
        name: number
        for number, names in enumerate(
            [
                ("january", "jan", "janeiro", "enero", "januar", "jänner", "janvier", "gennaio", "januari"),
                ("february", "feb", "fevereiro", "febrero", "februar", "février", "fevrier", "febbraio", "februari"),
                ("march", "mar", "março", "marzo", "märz", "maerz", "mars", "maart"),
                ("april", "apr", "abril", "avril", "aprile"),
                ("may", "maio", "mayo", "mai", "maggio", "mei"),
                ("june", "jun", "junho", "junio", "juni", "juin", "giugno"),
                ("july", "jul", "julho", "julio", "juli", "juillet", "luglio"),
                ("august", "aug", "agosto", "août", "aout", "augustus"),
                ("september", "sep", "sept", "setembro", "septiembre", "setiembre", "septembre", "settembre"),
                ("october", "oct", "outubro", "octubre", "oktober", "octobre", "ottobre"),
                ("november", "nov", "novembro", "noviembre", "novembre"),
                ("december", "dec", "dezembro", "diciembre", "dezember", "décembre", "decembre", "dicembre"),
            ],
            start=1,
        )
        for name in names
    }
)
#: "March 2, 2017" / "Mar. 2 2017".
MONTH_DAY_YEAR = regex.compile(r"\b(\p{L}++)\.?\s++(\d{1,2})(?:st|nd|rd|th)?,?\s++(\d{4})\b")
#: The Unix `date` command's "Mon Jul 23 21:11:10 PDT 2012": the time and zone stand between the day and the year.
MONTH_DAY_CLOCK_YEAR = regex.compile(
    r"\b(\p{L}++)\.?\s++(\d{1,2})\s++\d{1,2}:\d{2}(?::\d{2})?+(?:\s++[A-Z]{2,5})?+\s++(\d{4})\b"
)
#: "2 March 2017", "30. Juli 2018", "27 de setembro de 2018", "1er janvier 2019".
DAY_MONTH_YEAR = regex.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s++(?:de\s++)?(\p{L}++)\.?,?\s++(?:de\s++)?(\d{4})\b"
)
#: "10/10/2012" and "30.07.2018": a day and a month in numbers, in either order, then the year.
NUMERIC_DATE = regex.compile(r"(?<![\w/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\w/]|\.\d)")
#: A time and offset after an ISO date: "T22:43:17.5-05:00", " 22:43".
_ISO_TIME = r"(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d++)?(Z|[+-]\d{2}:?\d{2})?)?"
#: "2017-03-02" with an optional time and offset.
ISO_DATE = regex.compile(rf"\b(\d{{4}})-(\d{{2}})-(\d{{2}}){_ISO_TIME}\b")
#: "2012/07/24 02:58:07", the ISO order with slashes; never a URL's path ("/2012/07/24/"), whose digits may name
#: an archive's folders rather than the page's date.
SLASHED_DATE = regex.compile(rf"(?<![\w/])(\d{{4}})/(\d{{2}})/(\d{{2}}){_ISO_TIME}(?![\w/])")
#: "10:43 PM", "10:43 p.m.", "22:43", "4 PM"; a bare hour without "AM"/"PM" is rejected by the reader.
CLOCK = regex.compile(r"\b(\d{1,2})(?::(\d{2})(?::\d{2})?)?+\s*+(?:([ap])\.?\s*+m\b\.?)?+", regex.IGNORECASE)
#: CNN's four-digit "0339 GMT"; the reader also requires the zone to be a known one.
MILITARY_CLOCK = regex.compile(r"\b([01]\d|2[0-3])([0-5]\d)\s++([A-Z]{2,5})\b")
#: A time-zone abbreviation.
ZONE = regex.compile(r"\b([A-Z]{1,5})\b")

#: Time-zone abbreviations seen in news timestamps: generic names follow daylight saving, explicit ones are fixed.
TIMEZONES: MappingProxyType[str, str] = MappingProxyType(
    {
        "ET": "America/New_York",
        "EST": "-05:00",
        "EDT": "-04:00",
        "CT": "America/Chicago",
        "CST": "-06:00",
        "CDT": "-05:00",
        "MT": "America/Denver",
        "MST": "-07:00",
        "MDT": "-06:00",
        "PT": "America/Los_Angeles",
        "PST": "-08:00",
        "PDT": "-07:00",
        "GMT": "+00:00",
        "UTC": "+00:00",
        "BST": "+01:00",
        "CET": "+01:00",
        "CEST": "+02:00",
        "HKT": "+08:00",
        "SGT": "+08:00",
        "JST": "+09:00",
        "KST": "+09:00",
        "AEST": "+10:00",
        "AEDT": "+11:00",
    }
)

# --- dateline --------------------------------------------------------------------------------------------------

#: "(CNN)", "Washington (CNN) -- ", "Hong Kong (CNN Business)", "LONDON (Reuters) - " at the head of a lede.
#: Group 3 is the separator after the parenthesis, empty when the dateline is glued to the lede.
DATELINE = regex.compile(
    r"^((?:\p{Lu}[\p{L}.'’\-]*+,?\s++){0,4}?)\((\p{Lu}[\p{L}&.\- ]{0,30}+)\)"
    r"(\s*+(?:(?:--|[-–—])\s*+)?)(?=[\p{Lu}\"“‘'\d])"
)
#: Sources a dateline names. "Tesla (TSLA) CEO …" has the shape of "Washington (CNN) The …"; only a
#: known source, a dash or a glued lede tells them apart.
NEWS_SOURCES: frozenset[str] = frozenset(
    {
        "cnn",
        "cnn business",
        "cnnmoney",
        "cnn money",
        "cnn español",
        "ap",
        "reuters",
        "afp",
        "upi",
        "bloomberg",
        "ians",
        "pti",
        "ani",
        "xinhua",
        "dpa",
        "efe",
        "ansa",
        "cp",
        "the conversation",
    }
)
#: "WASHINGTON — " at the head of a lede (agency style, no source in parentheses).
CAPS_DATELINE = regex.compile(r"^(\p{Lu}{2,}+(?:[ ,.]{1,2}\p{Lu}{2,}+){0,3})\s++(?:--|[–—])\s*+(?=[\p{Lu}\"“‘'\d])")

# --- video players ---------------------------------------------------------------------------------------------

VIDEO_START = "just watched"
#: Lines of a video player other than titles, compared case-insensitively.
VIDEO_CONTROLS: frozenset[str] = frozenset({"replay", "more videos ...", "more videos", "more videos …", "must watch"})
#: "(8 Videos)": the size of the player's playlist.
VIDEO_COUNT = regex.compile(r"^\((\d{1,4}) videos?\)$", regex.IGNORECASE)
#: A title followed by a running time: "Egypt's churches looted 01:59".
DURATION = regex.compile(r"^(.*?)\s*+\b(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$")
#: A player flattened into a line of text, anywhere in it: "… JUST WATCHED <title> Replay More Videos ... MUST WATCH
#: <title> 06:22 …", the repeated title and the running time sometimes missing. Case-sensitive like the gallery cut:
#: the labels are printed in capitals, and the title's repeat is how the player's end is known.
FLAT_PLAYER = regex.compile(
    r"\bJUST WATCHED\s++(?P<title>[^\n]{1,200}?)\s++Replay\s++More Videos\s*+(?:\.\.\.|…)?\s++MUST WATCH"
    r"(?:\s++(?P=title)(?:\s++\d{1,2}(?::\d{2}){1,2})?)?(?=\s|$)"
)
#: A player flattened onto one line: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 06:22".
FLAT_VIDEO_MIDDLE = regex.compile(
    r"\s++Replay\s++More Videos\s*+(?:\.\.\.|…)?\s++MUST WATCH(?:\s++|$)", regex.IGNORECASE
)

# --- highlights ------------------------------------------------------------------------------------------------

#: Headings that introduce summary bullets.
HIGHLIGHT_HEADINGS: frozenset[str] = frozenset({"story highlights", "highlights", "key points"})
#: The highlight headings that are never ordinary text, and are dropped even with no bullets under them.
FURNITURE_HEADINGS: frozenset[str] = frozenset({"story highlights"})

# --- galleries -------------------------------------------------------------------------------------------------

#: "1 of 15" or "Hide Caption 1 of 15".
GALLERY_COUNTER = regex.compile(r"^(?:hide caption\s++)?(\d{1,3}) of (\d{1,3})$", regex.IGNORECASE)
#: "Photos: How ISIS ravaged Palmyra's world treasures".
_GALLERY_PREFIX = r"(?:(?:photos|pictures|in pictures|gallery|photo gallery):\s++)++"
GALLERY_TITLE = regex.compile(rf"^{_GALLERY_PREFIX}(.++)$", regex.IGNORECASE)
#: The "Photos: " that opens each item of a flattened gallery.
GALLERY_PREFIX = regex.compile(_GALLERY_PREFIX, regex.IGNORECASE)
#: Gallery buttons, compared case-insensitively.
GALLERY_CONTROLS: frozenset[str] = frozenset({"hide caption", "show caption", "expand", "caption"})
#: A gallery's or slideshow's button or counter outside a gallery this library reads item by item: "Enlarge
#: Image", "Click to enlarge", "Image 1 of 13", "52 Photos", "Back to Gallery", "View Slideshow", "Photo Gallery".
#: "Previous" and "Next" alone are not among them: pages between a blog's posts are named so too.
SLIDESHOW_CONTROL = regex.compile(
    r"^[\W_]*+(?:"
    r"(?:click (?:here )?to )?enlarge(?: this)?(?: (?:image|photo|picture))?|click (?:image|photo) to enlarge"
    r"|(?:image|photo|picture|slide|foto|imagem)s? \d{1,3}+ (?:of|de|/) \d{1,3}+"
    r"|\d{1,4}+ (?:photos|images|pictures|slides|fotos|imagens)"
    r"|(?:(?:view|see|open|launch|start|back to|return to)(?: the| full)? )?(?:photo |image )?(?:gallery|slideshow)"
    r"|(?:view )?full ?screen"
    r")[\W_]*+$",
    regex.IGNORECASE,
)
#: Where a gallery flattened onto one line is cut into its lines.
#: Case-sensitive: the control is a label ("Hide Caption", "HIDE CAPTION"), and prose says "hide caption" otherwise.
FLAT_GALLERY_CUT = regex.compile(r"(?:^|\s++)\b(Hide Caption|HIDE CAPTION)\s++(\d{1,3} of \d{1,3})\b\s*+")
#: The label every cut holds: a page without it has no flattened gallery, found in one fast scan.
FLAT_GALLERY_LABEL = regex.compile(r"Hide Caption|HIDE CAPTION")
#: A photo credit at the end of a caption: "(AP Photo/Evan Vucci)", "Photo: Getty Images", "Credit: Reuters".
#: The parenthesis is read whole and then checked by `CREDIT_WORDS`, so no part of the pattern scans twice.
CREDIT = regex.compile(
    r"(?<!\s)(?:\s*+\(([^()]{1,200}+)\)|\s++(?:photo|photograph|image|credit)s?:\s++([^.:()]{2,80}+))$",
    regex.IGNORECASE,
)
#: What a parenthesis must contain to be a credit: a credit word or an agency at its start.
CREDIT_WORDS = regex.compile(
    r"\b(?:photo|photograph|image|credit|courtesy)s?\b|^\s*+(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock)\b",
    regex.IGNORECASE,
)
#: The credit that ends a photo caption standing in the text, strict enough that no sentence ends so: a
#: parenthesis (checked by `CREDIT_WORDS`; not a count, "(4 Images)"), a capitalised label ("Photo: …",
#: "Credit: …", "Image copyright …", "Credit...", this one glued to the caption or not; "Photos: …" titles a
#: gallery), an agency after a slash, bar or "via" ("J. Scott Applewhite / AP file", "Alex Wong | Getty
#: Images", "REUTERS/Brendan McDermid"), or an agency after the caption's last sentence ("… in New York. Reuters",
#: "… use of the drug. Getty"; not "AP", which ends too many lines otherwise). Case-sensitive:
#: prose says "photo:" and "reuters" otherwise. Every part is bounded, so a search from `CAPTION_CREDIT_REACH`
#: characters before a line's end finds what a search of the whole line finds.
CAPTION_CREDIT = regex.compile(
    r"(?:\((?!\d)([^()]{1,120}+)\)\.?+"
    r"|(?:(?<![^\s(])(?:(?:Photo|Photograph|Picture|Image|Credit)(?::| by)|Image (?:copyright|source):?)\s{1,4}+"
    r"|(?<![^\s(.!?])Credit(?:\.{3}|…)\s{0,4}+)([^.:()]{2,80}+)"
    r"|(?:\s[/|]\s{0,4}+|(?<!\S)via\s{1,4}+)"
    r"(?:AP|AFP|Getty Images|EPA|Reuters|Shutterstock|Bloomberg)(?: file| Photo)?+"
    r"|(?<=[.!?”\"])\s{0,4}+(?:Getty(?: Images)?+|AFP|EPA|Reuters|Shutterstock|Bloomberg|Alamy|iStock(?:photo)?+)"
    r"|(?<![^\s(])REUTERS/[^/\s][^/]{0,60}+(?:/File Photo)?+"
    r")$"
)
#: A line that is nothing but a photo credit: a photo agency alone or with its photographer ("Getty Images",
#: "AFP/Getty Images", "AP Photo/Carolyn Kaster"), a photographer and an agency after a slash ("Stanley
#: Chou/Getty Images"), or a reader's photo ("Jonathan P. Blair Submitted photo"). A wire service alone ("Reuters",
#: "AP") names the story's source as often as a photo's, and a byline ("By Jane Doe/AP") its writer: they stay.
BARE_CREDIT = regex.compile(
    r"^(?:(?:AFP ?/ ?)?Getty(?: Images)?+|Shutterstock|Alamy|iStock(?:photo)?+|AP Photo)(?: ?/ ?[^\n/]{1,40}+)?+$"
    r"|^(?!By )\p{Lu}[\w.'’-]*+(?: \p{Lu}[\w.'’-]*+){0,3}+/(?:Getty Images|AP(?: Photo)?+|AFP|Reuters|REUTERS|EPA)$"
    r"|^[^\n]{1,60}? (?:Submitted|Contributed) (?:photo|image)$"
)
#: The longest text `CAPTION_CREDIT` can match: a line's credit is looked for in its last characters only.
CAPTION_CREDIT_REACH = 124
#: Digit runs: a strip of numbered thumbnail labels after a gallery; lines alike but for their numbers.
DIGITS = regex.compile(r"\d++")

# --- boilerplate lines (whole-line matches, case-insensitive) -----------------------------------------------------

#: Promotions any publisher may run; a single publisher's own promos are in its profile.
PROMO = regex.compile(
    r"^(?:click here to get the .{1,40}? app"
    r"|visit .{1,40}? homepage for more stories\.?"
    r"|(?:see a sample reprint in pdf format\. )?order a reprint of this article now\.?)$",
    regex.IGNORECASE,
)
#: A letter or digit in any script: a line without one is a separator.
WORD_CHARACTER = regex.compile(r"[\p{L}\p{N}]")
#: A letter of any script.
LETTER = regex.compile(r"\p{L}")
#: "See also" prompts in several languages: bare, or before a colon and a headline.
_SEE_ALSO = (
    r"see also|read also|also read|leggi anche(?:\s++su)?|lesen sie auch|lies auch|(?:à\s++)?lire aussi"
    r"|leia também|veja também|lee también|ver también|читайте также"
)
#: "Also on POLITICO: <headline>", "Also on rt.com <headline>", "Also on AOL Tech"; not "Also on Friday, an
#: official said", nor "Also on U.S. soil, …": a name ends the line or meets a colon, a domain may run on into a
#: headline.
_ALSO_ON = (
    r"(?:see\s++)?also\s++on\s++(?:[\w-]++\.(?:[\w-]++\.)?+\p{L}{2,}+\b[^\n]{0,160}+"
    r"|(?:[^\s.,;:!?]++\s++){0,3}+[^\s.,;:!?]++!?(?:\s*+:[^\n]{0,160}+)?)"
)
READ_MORE = regex.compile(
    r"^(?:read more|more:|also see:|related:|continue reading(?: below| the main story)?|"
    r"story continued below|story continues(?: below)?"
    r"|(?:read more|related)(?:\s*+:|\s++(?:from|on|about)\b)[^\n]{0,160}+)$"
    # Wrapped in brackets or not: "(Leggi anche su: <headline>)", "( Also on POLITICO: <headline>)".
    rf"|^[(\[]?+\s*+(?:(?:{_SEE_ALSO})(?:\s*+:[^\n]{{0,160}}+)?|{_ALSO_ON})\s*+[)\]]?+$",
    regex.IGNORECASE,
)
ADVERTISEMENT = regex.compile(
    r"^(?:advertisement:?|ad|advertisement continue reading the main story)$", regex.IGNORECASE
)
#: Verbs that open a sign-up prompt, in several languages.
_SIGN_UP = (
    r"sign\s*+-?\s*+up|subscribe|join|register|enter your e-?mail|opt in"
    r"|inscreva-se|assine|abonnieren sie|abonniere|inscrivez-vous|abonnez-vous|suscr[ií]bete|iscriviti|подпишитесь"
)
#: What a sign-up prompt offers.
_MAILING = r"newsletters?|mailing list|e-?mail (?:alerts?|updates)|boletín|рассылк\w*+"
#: One short sentence before a prompt: "Want more deals?", "Stay up to date with Ascom."
_LEAD_IN = r"(?:[^\n.!?]{1,80}+[.!?]\s++)?"
#: A sign-up box's fine print, addressed to the reader: "No spam, we promise.", "You can unsubscribe at any time",
#: "We'll never share your email address", "We respect your privacy."; not "Users can unsubscribe at any time".
_FINE_PRINT = (
    r"no spam|(?:you (?:can|may) )?+unsubscribe (?:at any ?time|anytime)|you (?:can|may) unsubscribe"
    r"|(?:we|i)(?: will|'ll|’ll) never (?:share|sell|rent|give)\b[^\n.!?]{0,40}?\b(?:e-?mail|address|details|data)"
    r"|we respect your privacy|i hate spam"
)
#: A call to the reader to sign up: "Sign up for our newsletter", "Want more deals? Join the IGN Deals
#: Newsletter.", "Click here to subscribe to The Paradigm Newsletter", "Get every new post delivered to your
#: Inbox.", "Subscribe to Seth's Blog", a bare "SUBSCRIBE NOW"; not "The newsletter was founded in 1998.", nor
#: "Get rid of the spam in your inbox" nor "Get a pizza delivered in 30 minutes" ("get" must offer a newsletter
#: or something sent to the reader's inbox); and a sign-up box's fine print (`_FINE_PRINT`).
NEWSLETTER_PROMPT = regex.compile(
    rf"^{_LEAD_IN}(?:(?:click|tap) here to\s++|please\s++|be sure to\s++|don't forget to\s++)?+"
    rf"(?:{_SIGN_UP})\b[^\n]{{0,160}}?\b(?:{_MAILING}|inbox)\b[^\n]{{0,160}}+$"
    rf"|^{_LEAD_IN}get\b[^\n]{{0,160}}?\b(?:{_MAILING}|news alerts"
    r"|(?:delivered|sent)\b[^\n]{0,30}?\b(?:inbox|e-?mail|right to you)|(?:straight|directly|right) to your inbox)\b"
    r"[^\n]{0,160}+$"
    r"|^newsletter sign up\b[^\n]{0,200}+$"
    r"|^subscribe(?:\s++(?:now|today|here))?+[.!]?+$"
    r"|^subscribe to\b[^\n]{0,120}+$"
    rf"|^{_LEAD_IN}(?:{_FINE_PRINT})\b[^\n]{{0,240}}+$",
    regex.IGNORECASE,
)
#: A sign-up prompt names one of these (lower-cased): lines without any skip `NEWSLETTER_PROMPT`, which costs
#: ten times the test on the few percent of lines of a dump that contain one.
NEWSLETTER_WORDS = (
    "mail",
    "newsletter",
    "inbox",
    "alert",
    "subscri",
    "bolet",
    "рассылк",
    "right to you",
    "spam",
    "privacy",
    "never",
)
#: How a site says it sets cookies, in several languages: "We use cookies to …", "This website is using
#: cookies.", "Utilizziamo i cookie per …".
_SETS_COOKIES = (
    r"(?:this|our) (?:web)?site (?:uses|is using) cookies?|we (?:use|are using) cookies"
    r"|utilizziamo (?:i )?cookie|wir (?:verwenden|nutzen) cookies|nous utilisons (?:des )?cookies"
    r"|(?:utilizamos|usamos) cookies|(?:este|esse) (?:sitio|site)(?: web)? (?:utiliza|usa) cookies"
    r"|ce site utilise (?:des )?cookies|diese (?:website|webseite|seite) (?:verwendet|nutzt) cookies"
    r"|мы используем (?:файлы )?cookie"
)
#: A cookie or consent notice: how the site sets cookies, a consent statement addressed to the reader ("By
#: continuing to use this site, you agree to …"), or the banner's buttons ("Accept cookies", "Cookie Settings");
#: not "Google uses cookies to track users, the report said", nor "By using the app, users agree to …".
COOKIE_NOTICE = regex.compile(
    rf"^{_LEAD_IN}(?:"
    rf"(?:{_SETS_COOKIES})\b"
    r"|by (?:continuing|using|clicking|browsing|submitting)\b[^\n]{0,120}?\b(?:you (?:agree|accept|consent|acknowledge"
    r"|are agreeing|are accepting)|i (?:agree|accept|consent|acknowledge))\b"
    r"|(?:accept|allow|manage|reject) (?:all )?cookies\b"
    r"|(?:privacy (?:&|and) )?cookies? (?:settings|preferences|policy|notice|consent)\b"
    r"|privacy (?:&|and) cookies$"
    r")[^\n]{0,600}+$",
    regex.IGNORECASE,
)
#: A cookie or consent notice names one of these (lower-cased); see `NEWSLETTER_WORDS`.
COOKIE_WORDS = ("cookie", "agree", "accept", "consent", "acknowledge")
_NETWORK = (
    r"facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|tumblr|messenger|telegram|flipboard|e-?mail|google\+?"
    r"|vk|sms|threads|bluesky|weibo|wechat"
)
#: One share button spelled out: "Share on Facebook", "Share this with Messenger", "Click to share on Twitter (Opens
#: in new window)", "Post to Tumblr.", "Compartilhe no WhatsApp", "Partager sur Facebook".
_SHARE_ON = (
    r"(?:share|tweet|post|pin|send|e-?mail|click to share|compartilh(?:e|ar)|compart(?:e|ir)|partage[rz]?|teilen"
    r"|condividi|поделиться)(?: (?:this|it))?(?: (?:article|story|page|post|video|link|gallery))?"
    rf" (?:on|via|to|with|by|no|na|en|sur|auf|per|su|в) (?:{_NETWORK})(?: \(opens in new window\))?\.?"
)
#: One button that shares, prints or keeps the page, spelled out: "Print This Article", "Share it With Friends",
#: "Email this article to a friend", "Send to a Friend", "Save this story.", "Like this story? Share it with a friend!".
_SHARE_PAGE = (
    r"(?:like this (?:story|article|post)\? )?(?:print|e-?mail|share)(?: (?:this|it))?(?: (?:article|story|page|post))?"
    r"(?: (?:with|to) (?:a |your )?friends?)?[!.]?"
    r"|(?:save|send) (?:this (?:article|story|page|post)|to (?:a )?friend)[!.]?"
)
#: A line of share buttons only: bare ("Share Tweet Email", "Share: Email Facebook Twitter Print") or spelled out
#: ("Share on Facebook Share on Twitter", "Print This Article"), or a follow prompt ("Follow @cnn", "Follow us on
#: Twitter").
SHARE_BAR = regex.compile(
    rf"^(?:(?:{_SHARE_ON}|{_SHARE_PAGE}|tweet|pin|whatsapp|reddit|linkedin"
    r"|facebook|twitter|pinterest|tumblr|telegram|flipboard|messenger|comments?)(?:\s*+[:|•·]\s*+|\s++|$))++$"
    r"|^-?\s*+follow\b[^\n]{0,80}?\bon (?:twitter|facebook|instagram)\b[^\n]{0,60}+$"
    r"|^(?:follow @\w++\s*+)++$"
    r"|^join us on (?:twitter|facebook)[^\n]{0,60}+$",
    regex.IGNORECASE,
)

# --- relative times -----------------------------------------------------------------------------------------------

_AGO_UNIT = r"(?:sec(?:ond)?|min(?:ute)?|hr|hour|day|week|month|year)s?"
#: A time stamp relative to when the page was fetched, alone on its line: "2 hrs ago", "Published 1 day ago",
#: "posted 35 mins ago", "about a minute ago", "há 2 horas", "vor 3 Stunden", "il y a 2 heures", "hace 5 minutos".
RELATIVE_TIME = regex.compile(
    r"^(?:(?:published|updated|posted|last updated|modified)(?: on)?:?+ )?(?:about |over |nearly |almost )?"
    rf"(?:(?:\d{{1,3}}+|an?|one) {_AGO_UNIT} ago"
    r"|há (?:\d{1,3}+|uma?) (?:segundo|minuto|hora|dia|semana|m[eê]s|ano)(?:s|es)?"
    r"|vor (?:\d{1,3}+|einer?) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)"
    r"|il y a (?:\d{1,3}+|une?) (?:seconde|minute|heure|jour|semaine|mois|an)s?"
    r"|hace (?:\d{1,3}+|una?) (?:segundo|minuto|hora|día|semana|mes|año)(?:s|es)?"
    r")\.?$",
    regex.IGNORECASE,
)

#: A post's estimated reading time, alone on its line: "5 min read", "Reading time: 3 minutes", "Tempo de leitura:
#: 1 minuto", "Lesezeit: 4 Min." — or its label alone, the number set apart. Each part is a bounded literal or count:
#: nothing here can backtrack over a long line.
READING_TIME = regex.compile(
    r"^(?:(?:estimated |est\. )?(?:reading time|read time|time to read|tempo de leitura|tiempo de lectura"
    r"|temps de lecture|lesezeit|lesedauer|tempo di lettura|leestijd)\s?:?+"
    r"(?: ?(?:about |approx\. |ca\. |~)?\d{1,3}+(?:[-–]\d{1,3}+)? ?(?:min(?:ute|uto|uti|uten|utos)?s?\.?)?)?"
    r"|\d{1,3}+(?:[-–]\d{1,3}+)? ?(?:min(?:ute)?s?\.?|-minute) read"
    r"|\d{1,3}+ ?min(?:utos?)? de (?:leitura|lectura)"
    r")$",
    regex.IGNORECASE,
)

#: A blog's like and share labels and share counts, alone on their line: "Like", "Like this:", "Like Loading...",
#: "Be the first to like this.", "Sharing is caring!", "0shares", "12 Shares".
SHARE_LABEL = regex.compile(
    r"^(?:like|like this:|like loading(?:\.{3}|…)|be the first to like this\.?|sharing is caring!?|\d{1,7}+ ?shares?)$",
    regex.I,
)
#: A link to the post before or after this one, alone on its line: "Previous Post", "Next article »", "« Older
#: Entries", the label with the post's title ("Previous post: Qual das duas?"), both labels ("« Previous Post | Next
#: post »"), or a blog's row of both around its front page ("« First post's title | Main | Second post's title »").
_BACK = r"(?:[«‹←<] ?)?"
_ON = r"(?: ?[»›→>])?"
_ONE_POST = r"(?:post|entry|article|story)"
POST_NAVIGATION = regex.compile(
    rf"^{_BACK}(?:previous|next|older|newer|prev\.?) (?:{_ONE_POST}|entries|posts){_ON}$"
    rf"|^{_BACK}(?:previous|next|older|newer|prev\.?) {_ONE_POST} ?[:»›→>] ?\S[^\n]{{0,200}}+$"
    rf"|^{_BACK}(?:previous|prev\.?|older) {_ONE_POST} ?\| ?(?:next|newer) {_ONE_POST}{_ON}$"
    r"|^«[^\n]{0,300}?\| main(?: \||$)|^main \|[^\n]{0,300}»$",
    regex.IGNORECASE,
)

#: An ad unit's label alone on its line in other words and languages than `ADVERTISEMENT` reads: "Advert",
#: "Sponsored", "Anzeige", "Publicidade", "Publicité", "Реклама", "광고". "Advertising" is not one: menus link the page
#: selling ads so, and an article on the trade may head a section so.
AD_LABEL = regex.compile(
    r"^(?:advert|sponsored|anzeige|publicidade|publicidad|publicité|pubblicità|реклама|광고|広告)$", regex.IGNORECASE
)
#: What a slideshow prints where its script did not run: "This slideshow requires JavaScript.", "Image 1 of / 9".
SLIDESHOW_NOTICE = regex.compile(
    r"^(?:this slideshow requires javascript\.?|(?:image|photo|foto|imagem) \d{1,3}+ (?:of|de) / \d{1,3}+)$",
    regex.IGNORECASE,
)

# --- tag lines --------------------------------------------------------------------------------------------------

#: A post's filing line: a label, then its tags, categories or topics ("Tags: Alibaba, Mobile", "Filed under:
#: Cloud | Comments", "Tagged as: eclipses", "Posted in: Fantasy |", "Related Topics:", "Schlagwörter: …"). The list
#: holds no sentence end (an initial's period, as in "U.S.", is none) and the line at most `TAG_LINE_WORDS` words:
#: "Filed under: Latest News The production … was halted. …" is text.
TAG_LINE = regex.compile(
    r"^(?:tags|tag|tagged(?: (?:as|with|in|under))?|filed under|categories|category|topics|related topics|posted in"
    r"|keywords|more on|schlagwörter|etiquetas|mots-clés|тэги|теги|タグ|标签)\s*+[:：]"
    r"(?:[^.!?\s]++|[.!?](?!\s|$)|(?<=(?:^|[\s.])\p{Lu})\.|\s++){0,200}+$",
    regex.IGNORECASE,
)
#: The most words in a tag line, its label included.
TAG_LINE_WORDS = 40

# --- link lists with counts ------------------------------------------------------------------------------------

#: A link's count in parentheses: "(9)", "(1,024)", "(17,951 followers)"; group 1 is the number. Counts have at
#: most 12 digits: a longer run is no count (and more than `int` reads from a string).
LINK_COUNT = regex.compile(r"\(\s*+(\d{1,3}+(?:[,.]\d{3}){1,3}+|\d{1,12}+)(?:\s++\p{L}++)?\s*+\)")

# --- related links ----------------------------------------------------------------------------------------------

#: The heading of a list of links to other stories, alone on its line: "You may also like…", "More from UK",
#: "Related Posts:", "Most Popular", "Trending Now on NYPost.com", "Most read in Science", "Don't Miss", "Você pode
#: gostar...", "Lesen Sie auch", "Читайте также".
RELATED_HEADING = regex.compile(
    r"^[\W_]*+(?:"
    r"you (?:may|might) (?:also )?(?:like|enjoy)|you might be interested in"
    r"|more from(?: (?:(?-i:[\p{Lu}\d])[\w.&'’-]*+|the|our)){1,4}+"
    r"|related(?: (?:articles?|stories|posts|news|content|coverage|links|videos?|reading|items))?"
    r"|recommended(?: (?:for you|stories|articles|reading))?"
    r"|(?:trending(?: (?:now|news|stories))?|most (?:popular|read|viewed|shared|commented)"
    r"|popular (?:now|stories|posts|articles)|top stories|latest (?:news|stories|posts))"
    r"(?: (?:on|at|in|from) (?:the )?[\w.&'’-]++(?: [\w.&'’-]++){0,2}+)?"
    r"|more (?:stories|news)|other news|(?:what to )?read next|don.t miss"
    r"|leia (?:mais|também)|você (?:pode|também pode) gostar\b[^\n]{0,20}+|mais lidas|veja também"
    r"|mehr zum thema|lesen sie auch|meistgelesen|à lire aussi|sur le même sujet|les plus lus"
    r"|noticias relacionadas|lo más leído|ti potrebbe interessare|i più letti|читайте также|популярное"
    r"|(?:artigos|matérias|materiais|posts|notícias|conteúdos) relacionad[oa]s|(?:artículos|entradas) relacionad[oa]s"
    r"|(?:articoli|post|notizie) correlat[ie]|weitere (?:beiträge|artikel)(?: zum thema)?|ähnliche (?:artikel|beiträge)"
    r"|articles (?:similaires|liés|connexes)|материалы по теме|похожие (?:статьи|материалы|новости)"
    r")[\W_]*+$",
    regex.IGNORECASE,
)

# --- boxes about the author --------------------------------------------------------------------------------------

#: "About" in the languages of the pages met most: English, Portuguese and Spanish, German, French, Italian.
_ABOUT = r"(?:about|sobre|über|[àa]\s++propos\s++de|informazioni\s++su)"
_ABOUT_WHO = (
    r"(?:the\s++(?:author|writer|blogger|contributor)s?|[oa]s?\s++autor(?:a|es|as)?+|(?:el|la|los)\s++autor(?:a|es)?+"
    r"|(?:den|die)\s++autor(?:in|en)?+|l['’]aut(?:eur|rice|ore))"
)
#: The heading of a box about the author or publisher, alone on its line: "About the Author", "ABOUT THE AUTHOR",
#: "About Jane Doe", "About Ascom", "Sobre o autor", "Über Moritz Bachmann"; the group `name` holds the name, if
#: it gives one (1 to 5 capitalised words).
ABOUT_HEADING = regex.compile(
    rf"^{_ABOUT} (?:{_ABOUT_WHO}"
    r"|(?P<name>(?-i:\p{Lu})[\w.&'’-]*+(?: (?:(?-i:\p{Lu})[\w.&'’-]*+|of|the|and|de|da|van|von)){0,4}+))"
    r"[\s:.…]*+$",
    regex.IGNORECASE,
)
#: A box about the author on one line: "About the author: Jane writes about money."
ABOUT_INLINE = regex.compile(rf"^{_ABOUT} {_ABOUT_WHO}\s*+[:.—–-]\s*+\S", regex.IGNORECASE)
#: A line's first word, without a possessive ("Ascom's" gives "Ascom").
FIRST_WORD = regex.compile(r"^\W*+(\w++)")
#: A word: a run of word characters, as lines are compared by their words alone.
WORD = regex.compile(r"\w++")

# --- reader comments ---------------------------------------------------------------------------------------------

_COMMENT_NOUNS = (
    r"comments?|responses?|replies|reactions?|thoughts?\s++on"
    r"|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties"
)
#: "385", "1,024", "1.024"; not "208." numbering a list item ("208. Response to Kmiec (May 21, 2007)").
_COUNT = r"\d++(?:[,.]\d{3})*+"
#: A count of comments: "15 comments", "100 of 253 comments", "8 appreciated comments".
_COUNTED = rf"{_COUNT}\s++(?:of\s++{_COUNT}\s++)?(?:\p{{L}}++\s++){{0,2}}?(?:{_COMMENT_NOUNS})\b"
#: The heading that opens a reader comment section: "15 comments to <title>", "38 Responses to “…”",
#: "{ 34 comments… read them below or add one }", "Comments (41)", "Leave a Reply", "Join the discussion",
#: "Post a Comment 106 Comments and 18 Replies".
COMMENT_HEADING = regex.compile(
    r"^[\W_]*+(?:"
    rf"{_COUNTED}[^\n]{{0,160}}+"
    # the prompt, alone or followed by the count: "Post a Comment 106 Comments and 18 Replies"
    rf"|(?:leave\s++a\s++(?:reply|comment)|post\s++a\s++comment|add\s++(?:a|your)\s++comment)"
    rf"(?:[\W_]++{_COUNTED}[^\n]{{0,80}}+)?"
    # the same prompt in the blogging platforms' other languages: it, pt, es, de, fr, ru
    r"|lascia\s++un\s++commento|deixe\s++(?:um|seu|uma)\s++(?:comentário|resposta)|deja\s++(?:un|una|tu)\s++"
    r"(?:comentario|respuesta)|(?:schreibe|hinterlasse)\s++einen\s++kommentar|lais?s(?:er|ez)\s++un\s++commentaire"
    r"|(?:оставить|оставьте|добавить)\s++комментарий"
    r"|join\s++the\s++(?:discussion|conversation)|(?:reader\s++)?comments?(?:\s*+\(\d++\))?|discussion"
    r"|have\s++your\s++say|comments\s++so\s++far\b[^\n]{0,80}+|no\s++comments\s++yet\b[^\n]{0,80}+"
    r"|be\s++the\s++first\s++to\s++comment\b[^\n]{0,80}+"
    r")[\W_]*+$",
    regex.IGNORECASE,
)
#: A count in parentheses after a short label: "sound off (78 Responses)".
COMMENT_LABELLED_COUNT = regex.compile(
    rf"^[\p{{L}} ]{{1,40}}+\(\s*+{_COUNT}\s++(?:{_COMMENT_NOUNS})\s*+\)$", regex.IGNORECASE
)
#: A comment count standing alone, as one part of a post's meta line ("Filed under: Travel | 48 Comments »").
COMMENT_COUNT = regex.compile(rf"^[\W_]*+{_COUNTED}[\W_]*+$", regex.IGNORECASE)
#: What separates the parts of a meta line: "Posted by Ann | Permalink | 2 Comments", "Print This Post • 4 Comments".
META_SEPARATOR = regex.compile(r"(?<!\s)\s++[|•·]\s++")
#: Lines that belong to a comment form or a comment's own controls: no article has them. A bare "Email" is a
#: share button as often as a form field, so a field counts only with its "*" or "(required)".
COMMENT_CONTROL = regex.compile(
    r"^[\W_]*+(?:reply|report(?:\s++abuse)?|permalink|reply\s++to\s++this\s++comment"
    r"|(?:log\s*+in|sign\s*+in)\s++to\s++reply|click\s++here\s++to\s++cancel\s++reply|cancel\s++reply"
    r"|notify\s++me\s++of\s++(?:follow-?up|new)\s++comments\b[^\n]{0,80}+"
    r"|you\s++(?:can|may)\s++use\s++these\s++html\s++tags\b[^\n]{0,200}+"
    r"|you\s++must\s++be\s++logged\s++in\s++to\s++post\s++a\s++comment|devi\s++essere\s++connesso\s++per\s++"
    r"(?:inviare|pubblicare)\s++un\s++commento|você\s++precisa\s++(?:fazer\s++(?:o\s++)?login|estar\s++logado)"
    r"\s++para\s++(?:publicar|postar)\s++um\s++comentário|debes\s++(?:iniciar\s++sesión|estar\s++registrado)\s++"
    r"para\s++(?:publicar|escribir)\s++un\s++comentario|du\s++musst\s++(?:angemeldet|eingeloggt)\s++sein,?\s++um\s++"
    r"einen\s++kommentar\s++(?:abzugeben|zu\s++schreiben)|vous\s++devez\s++(?:vous\s++connecter|être\s++connecté)\s++"
    r"pour\s++(?:publier|poster)\s++un\s++commentaire"
    r"|(?:name|e-?mail|website|url|comment)\s*+:?\s*+(?:\*|(?:\([^()\n]{0,40}+\)\s*+){1,2}+\*?+)"
    r")[\W_]*+$",
    regex.IGNORECASE,
)
#: A notice that a post takes no more comments, in the blogging platforms' words: "Comments are closed.", "The
#: comments to this entry are closed.", "Comments Off", "Comments are now closed on Letters of Note.", "Los
#: comentarios están cerrados.", "Комментарии закрыты.".
COMMENTS_CLOSED = regex.compile(
    r"^[\W_]*+(?:(?:the\s++)?comments?\s++(?:to|for|on)\s++this\s++(?:entry|post|article|story)\s++(?:are|is)\s++"
    r"(?:now\s++)?closed|comments\s++(?:are\s++(?:now\s++)?)?(?:closed|off)(?:\s++on\s++(?-i:\p{Lu})[^\n.,]{0,50}+)?"
    r"|(?:los\s++)?comentarios\s++(?:están\s++)?cerrados|(?:os\s++)?comentários\s++(?:estão\s++)?(?:encerrados|fechados)"
    r"|(?:i\s++)?commenti\s++(?:sono\s++)?chiusi|(?:die\s++)?kommentare\s++(?:sind\s++)?geschlossen"
    r"|(?:les\s++)?commentaires\s++(?:sont\s++)?fermés|комментарии\s++закрыты)[\W_]*+$",
    regex.IGNORECASE,
)
#: An opening quotation mark: a comment heading quotes the post's title.
OPENING_QUOTE = regex.compile(r"[“«„\"‘]")
#: A commenter's name before "said:", "says:", "wrote:", "said...".
COMMENT_SAID = regex.compile(r"\b(?:said|says|wrote|writes)\s*+(?::|\.\.\.|…)$", regex.IGNORECASE)
#: A comment's date in the forms `dates.has_calendar_date` does not read: "15/10/2012", "2012-10-15", "3 hours ago".
COMMENT_DATE = regex.compile(
    r"\b(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d++\s++(?:minutes?|hours?|days?|weeks?|months?|years?)\s++ago)\b",
    regex.IGNORECASE,
)
#: A dated line that also names a comment control ("Posted by tj on November 5, 2012 | permalink | Reply").
COMMENT_CONTROL_WORD = regex.compile(r"\b(?:reply|permalink|report|posted\s++by)\b", regex.IGNORECASE)
