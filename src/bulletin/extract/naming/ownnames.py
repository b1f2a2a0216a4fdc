"""The area's own name before a catalogue name, read as its scope.

'一季度,北京市规模以上工业增加值按可比价格计算,同比增长7.2%' in Beijing's release: a name is a whole
phrase only after punctuation or a scope word (全市, 我县), so the area's own name before it hid the
name from every rule that looks back for one (here the rate, a clause later). Read with the area's
name as a scope (全), the name stands; another area's name still hides it (other_area decides whose a
figure is where a name is read).
"""

from __future__ import annotations

import re

from bulletin.content.catalog import Catalog
from bulletin.extract.naming.names import find_names
from bulletin.extract.sentence.sentences import Scan


def own_area_names(scan: Scan, catalog: Catalog) -> None:
    """Add to ``scan.names`` the catalogue names that stand right after the area's own name."""
    region = scan.region.strip()
    if len(region) < 2 or region not in scan.text:
        return
    masked = scan.text.replace(region, "," * (len(region) - 1) + "全")  # offsets kept
    # ("Huzhou's gross domestic product was valued at …": the possessive between, in English, when the
    # area opens its clause; not "the contract value of Shanghai's foreign direct investment")
    masked = re.sub(r"(?:^|(?<=[,;:]\s))(,*)全['’]s ", r"\1,,全 ", masked)
    known = {n.start for n in scan.names}
    extra = [
        n
        for n in find_names(masked, catalog)
        if n.start not in known and masked[: n.start].rstrip()[-1:] == "全"
    ]
    if extra:
        scan.names = sorted([*scan.names, *extra], key=lambda n: n.start)
