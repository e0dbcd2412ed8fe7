import sys, pdfplumber
mode, path = sys.argv[1], sys.argv[2]
kw = {}
if mode.startswith('layoutx'):
    kw = dict(layout=True, x_density=float(mode[7:]))
elif mode.startswith('layouty'):
    kw = dict(layout=True, y_density=float(mode[7:]))
elif mode != 'plain':
    kw = dict(layout=True)
with pdfplumber.open(path) as pdf:
    out = [p.extract_text(**kw) for p in pdf.pages]
sep = '\n' if mode == 'layout' else '\f'
if mode == 'plain': sep = '\n'
sys.stdout.write(sep.join(out) + '\n')
