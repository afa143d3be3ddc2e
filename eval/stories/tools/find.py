"""python find.py CC name-fragment ...: GeoNames towns matching (to pick spellings for gold)."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from gold import towns, fold
cc = sys.argv[1]
for frag in sys.argv[2:]:
    hits = [(k, r) for k, rs in towns().items() if k[1] == cc and fold(frag) in k[0] for r in rs]
    print(frag, "->", [(r["name"], r["admin1"], r["admin2"]) for k, r in hits[:8]])
