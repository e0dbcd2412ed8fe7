import sys, fitz
mode, path = sys.argv[1], sys.argv[2]
d = fitz.open(path)
out = []
for p in d:
    out.append(p.get_text(sort=(mode == 'sort')))
sys.stdout.write('\f'.join(out) if mode != 'nl' else '\n'.join(out))
