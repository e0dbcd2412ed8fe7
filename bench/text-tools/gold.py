"""The gold of a text extracted from a PDF: the PDF's gold with the page fields dropped and format text.
   gold.py PDF_GOLD TEXT_FILE OUT_GOLD [--no-issues]"""
import json, os, sys
g = json.load(open(sys.argv[1]))
g['source']['format'] = 'text'
g['source']['pages'] = None
g['source']['path'] = os.path.basename(sys.argv[2])
for p in g['projects']:
    p['pages'] = []
    for i in p['indicators']:
        i['page'] = None
g['issues'] = [] if '--no-issues' in sys.argv else [dict(i, page=None) for i in g['issues']]
json.dump(g, open(sys.argv[3], 'w'), ensure_ascii=False)
