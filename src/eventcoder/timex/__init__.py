"""timex: reading time expressions and dating events.

"on Monday" is the latest Monday on or before publication; "yesterday"/"last night" the day before;
"this week"/"last week" a week (time_precision 2); "in February" the latest February on or before
publication, "last month", a bare year (time_precision 3). Absolute dates ("Feb. 3", "3 March 2024")
are read with dateparser. An event takes the nearest expression in its sentence, else the date of the
previous event in its paragraph, else the report's opening date ("On 6 May 2020, ...", a dateline date),
else the publication date with time_precision 2. Relative expressions in a sentence whose statement is
dated ("police said on Monday ... last night") resolve against the statement's day.

Modules: ``patterns`` (what an expression looks like), ``resolve`` (one expression → EventDate against an
anchor day), ``expressions`` (a text's expressions, statement days, the report's own day), ``choose`` (which
expression dates which event).
"""

from .choose import NAME, choose_dates, opening_date
from .expressions import document_anchor, find_expressions

__all__ = ["NAME", "choose_dates", "document_anchor", "find_expressions", "opening_date"]
