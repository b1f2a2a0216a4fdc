"""Precision and recall of the figure extractor on the labelled snippets in tests/extraction/.

Run: python benchmarks/extraction.py [-v] [--set NAME] [--real-dev-misses]

Labelled sets, each written by someone who had not seen the extractor:
cases.yaml to cases4.yaml were used while developing it (each was first
scored untouched, then its misses were studied); holdout.yaml never was, so
its figures are the honest estimate for bulletins nobody has seen. Untuned
scores of each set when it arrived: cases2 88.8% precision / 82.1% recall,
cases3 87.2% / 84.5%, cases4 84.9% / 79.1%, cases6 86.0% / 86.4%, then cases5
96.2% / 93.9%, then cases7 (mostly English) 86.6% / 80.5%. holdout2.yaml was
written last, by someone who saw neither the extractor nor the other sets, and
was scored once: 91.8% / 93.0%.

real/ holds 74 bulletins published by others (``--set real``), scored per split, per language and
for headline rows (catalogue ``key: true`` or its ``headline`` list) against detail rows; the split
was fixed at collection and the held-out files are only ever scored: ``--real-dev-misses`` lists the
misses of development files only. Untuned figures, before any change made for this corpus:
dev 72.2% precision / 61.4% recall (zh 77.9% / 67.1%, en 45.6% / 36.5%; headline 79.0% / 69.9%,
detail 68.4% / 56.9%); holdout 24.7% / 19.0% (zh 25.0% / 21.5%, en 22.2% / 8.7%; headline
46.9% / 40.5%, detail 19.9% / 14.9%). The holdout figure is the honest one. After the first round
of general rules (scope of the bulletin's own area, the national catalogue, a verb before a measure
word, review of doubtful readings): dev 76.0% / 64.2%, holdout 25.0% / 18.5%. After the second
(rules as per-language tables, scope by the bulletin's level, tables of indices and bases, framed
and ranked lists, names that measure nothing held back, English attachment): dev 88.1% / 73.7%
(zh 90.6% / 78.8%, en 74.6% / 51.8%), holdout 52.0% / 22.0% (zh 53.9% / 25.8%, en 33.3% / 6.5%).
The split had put every real file with a table in the held-out part; tables/ (6 development files,
107 rows, collected later) scored 27.3% / 2.8% untuned. After the third round (lines pasted as
paragraphs, English participles, tables copied from web pages as text: pipe rows, single-space
communiqué tables, indented header lines, caption measures, a total's unit shared by its parts):
dev with tables/ 88.2% / 67.0% (tables/ alone 63.0% / 27.1%), holdout 75.5% / 31.9% (zh 79.8% /
38.2%, en 33.3% / 6.5%; headline 86.7% / 68.4%, detail 70.6% / 24.7%).
Later rules of that round (lists without 分别, English asides and pointers, month-on-month frames,
the cross-check holding back elliptical readings that disagree) moved the first 32 development files
to 92.1% / 80.1% and left the held-out figure where it was.
Fourth round: two new labellers added tables2/ (10 table bulletins, development; 54.7% / 22.4%
untouched) and holdout2/ (14 bulletins, 263 rows, held out, split ``holdout2``). Untouched, at the
start of the round: dev 84.1% / 58.3%, holdout 75.5% / 31.9%, holdout2 56.3% / 32.3% (zh 54.5% /
30.3%, en 70.6% / 54.5%; headline 71.7% / 58.9%, detail 49.5% / 25.1%). The scorer now takes a
price category's spellings as one name (衣着, 衣着类, 衣着价格指数: the conventions never fixed
which); that moved no figure at the start. After the round's rules (stacked one-cell-a-line
tables, index bases in words, 累计/本月 columns with their own periods, captions that name a
table, parts of a total, ranks by 分居, bare industries after an investment, town and country
beside the CPI, English scope adjectives and shared currencies): dev 87.2% / 72.7%, holdout
79.1% / 47.4%, holdout2 56.3% / 32.3%, unchanged: no rule of the round changed a single reading
of it. Holding back table rows named by a bare industry or place, as prose already did, then moved
holdout 84.4% / 44.4% (its aggregate had been read) and holdout2 59.9% / 32.3% (zh 58.4% / 30.3%,
en 70.6% / 54.5%; headline 71.7% / 58.9%, detail 54.2% / 25.1%).
Fifth round: dev3/ (14 development bulletins, 326 rows) and holdout3/ (14 held out, 215 rows,
split ``holdout3``), collected together by two labellers from disjoint halves of the provinces.
Untouched: holdout3 84.8% / 72.6% (zh 83.9% / 75.4%, en 93.8% / 53.6%), dev3 82.5% / 28.8%.
After the round's rules (两年平均, the country's names as a national scope, official industry names
with 、, qualifiers before the verb, moved ranks, ranks of ratios, currency conversions, 'compared
to' periods): dev3 90.9% / 30.7%, holdout3 84.8% / 72.6%, unchanged. holdout3 (prose releases)
and holdout2 (tables) are the honest figures; ``--folder`` scores one folder of real/.
Later rules of that round (lists with 等, items without a measure, verb-first clauses, topics,
shared-out periods, ranks named by their clause, areas in millions of mu) took dev3 to 97.5% /
35.9% and holdout3, read again at the very end, to 85.1% / 74.4%. holdout4/ (14 bulletins, 184
rows), collected by a fifth labeller after every rule of the round had landed and scored once:
82.6% / 66.8% (zh 84.3% / 72.0%, en 66.7% / 37.0%). Sixth round: holdout5/ (14 bulletins, 225
rows, two labellers, disjoint provinces) collected first and scored untouched, 78.7% / 60.9%;
holdout3 and holdout4 then retired to development (RETIRED) and their wrong rows studied: holdout3
95.2% / 82.3%, holdout4 88.6% / 71.7%, and holdout5, read once at the end, 79.0% / 61.8% (zh 80.8% /
65.9%, en 68.0% / 42.5%; headline 91.4% / 79.1%, detail 72.9% / 54.4%), the honest figure.
Seventh round: holdout6/ (14 bulletins, 309 rows, two more labellers, disjoint provinces, two
tables) collected and scored untouched, 65.3% / 31.1% (zh 72.5% / 38.3%, en 33.3% / 11.0%;
headline 77.1% / 57.4%, detail 61.6% / 26.3%); holdout5 then retired to development and its
wrong rows studied (holdout5 91.6% / 77.8%); holdout6 after the round's Chinese rules 66.2% / 31.7%,
and at the end (English rules too) 65.8% / 31.7% (zh 72.7% / 38.8%, en 35.7% / 12.2%; headline
79.4% / 57.4%, detail 61.7% / 27.1%), the honest figure; its aggregate was read three times.
Eighth round: holdout7/ (14 bulletins, 240 rows, two more labellers, disjoint provinces, a monthly
industry table and a yearbook series) collected and scored untouched, 80.3% / 59.6% (zh 82.4% /
64.2%, en 70.0% / 42.0%; headline 79.6% / 71.7%, detail 80.6% / 55.6%); holdout6 then retired to
development and its wrong rows studied (holdout6 70.9% / 34.0%); holdout2, read at the end, 58.5% / 31.6%.
Ninth round: holdout8/ (14 bulletins, 225 rows, two more labellers, disjoint provinces, a monthly
industry table and a 统计月报 table) collected first and scored untouched on the eighth round's code,
75.2% / 48.4% (zh 80.9% / 49.5%, en 53.3% / 43.2%); holdout7 then retired to development and its
wrong rows studied, and dev4/ (14 bulletins, 218 rows, collected during the round, scored once
untouched at 81.1% / 59.2%) studied too; at the end holdout8, read a second time, 77.9% / 48.4% (zh
84.5% / 49.5%, en 53.3% / 43.2%; headline 77.8% / 60.0%, detail 77.9% / 43.2%), the honest figure;
holdout7 97.5% / 82.5% and holdout6 88.0% / 42.7% (development figures); holdout2, read at the
end, 58.5% / 31.6%. Then holdout9/ (14 bulletins, 266 rows, two more labellers) was commissioned,
holdout8 retired and its wrong rows studied (holdout8 92.3% / 69.3%); holdout2, read at the end,
83.8% / 45.2%; holdout9 scored once untouched: 83.9% / 62.8% (zh 84.6% / 64.4%, en 80.0% / 54.5%;
headline 93.2% / 98.2%, detail 80.0% / 53.3%). Then holdout10/ (14 bulletins, 228 rows) was
commissioned, holdout9 retired and its wrong rows studied (holdout9 91.4% / 68.0%), and holdout10
scored once untouched: 71.8% / 51.3% (zh 73.3% / 52.4%, en 64.3% / 46.2%; headline 89.2% / 91.7%,
detail 66.7% / 43.8%), the honest figure; the untouched figures of the last four held-out parts
(holdout7 to holdout10: 80.3%, 75.2%, 83.9%, 71.8%) show how much one set of 14 files varies.
Tenth round: holdout11/ (14 bulletins, 207 rows, two more labellers, disjoint provinces, two retail
tables) commissioned first; holdout10 retired and its wrong rows studied; the round's table rules
took holdout10 to 81.6% / 74.1%; holdout11 then scored once untouched: 80.4% / 65.2% (zh 80.3% /
67.5%, en 80.8% / 55.3%; headline 84.5% / 80.3%, detail 78.2% / 58.9%). holdout12/ (14 bulletins,
220 rows) was commissioned during the round; at its end holdout10 stood at 88.5% / 80.7%, holdout11
(read a second and third time) at 80.7% / 66.7% and then 79.3% / 66.7%, and holdout12, scored once
untouched: 85.7% / 51.8% (zh 87.7% /
51.7%, en 77.8% / 52.5%; headline 89.6% / 65.2%, detail 83.5% / 46.1%), the honest figure. holdout2
was retired in the round (its floor test failed at 79.3% on a new table reader, its misses were read
to fix it: 85.8% / 48.3% at the end).
holdout13/ (14 bulletins, 215 rows) was commissioned at the start of the next session, before any
miss of holdout11 or holdout12 was read, and scored once untouched on the tenth round's extractor:
76.1% / 62.3% (zh 76.5% / 62.9%, en 73.9% / 58.6%; headline 82.4% / 77.8%, detail 73.6% / 57.1%).
Eleventh round: holdout14/ (14 bulletins, 219 rows) commissioned first; holdout11 and holdout12
retired and their wrong rows and misses studied (at the round's end 91.4% / 82.6% and 95.3% /
82.3%); holdout13 then scored untouched a second time, on the eleventh round's extractor: 78.8% /
62.3% (zh 80.1% / 62.9%, en 70.8% / 58.6%; headline 84.3% / 78.2%, detail 76.5% / 56.9%).
Twelfth round: holdout15/ commissioned first; holdout13 retired and studied (85.1% / 74.4% at the
round's end); holdout14 then scored once untouched: 82.1% / 67.1% (zh 86.0% / 70.9%, en 62.1% /
48.6%; headline 85.9% / 87.3%, detail 80.0% / 59.0%). The first held-out part fell from 86.9% to
83.5% in the round (five more published rows, all wrong, unread). Thirteenth round (short):
holdout14 retired and studied (88.9% / 69.4% at its end); holdout15 then scored once untouched:
80.3% / 51.2% (zh 78.8% / 53.6%, en 85.7% / 44.4%; headline 95.7% / 86.5%, detail 71.8% / 39.4%).
Fourteenth round: holdout17/ commissioned first; holdout15 retired and studied (91.8% / 64.7% at the
round's end); holdout16 then scored once untouched: 89.9% / 45.4% (zh 94.2% / 49.1%, en 61.1% /
25.6%; headline 92.0% / 83.6%, detail 88.6% / 35.8%).
Fifteenth round: holdout18/ commissioned first; holdout16 retired and studied (96.7% / 84.6% at
the round's end); holdout17 then scored once untouched: 77.2% / 57.3% (zh 80.9% / 60.9%, en 59.3% /
41.0%; headline 84.0% / 87.5%, detail 74.1% / 48.5%).
Sixteenth round: holdout19/ commissioned first; holdout17 retired and studied (92.2% / 77.9% at
the round's end); holdout18 then scored once untouched: 83.2% / 59.0% (zh 88.7% / 61.8%, en 51.6% /
41.0%; headline 84.3% / 81.4%, detail 82.4% / 49.8%).
Seventeenth round: holdout20/ commissioned first; holdout18 retired and studied (90.4% / 64.2% at
the round's end); holdout19 then scored once untouched: 66.7% / 43.5% (zh 68.8% / 45.4%, en 54.5% /
33.3%; headline 85.4% / 85.4%, detail 57.8% / 32.4%).
Eighteenth round: holdout21/ commissioned first; holdout19 retired and studied (82.2% / 66.1% at
the round's end); holdout20 then scored once untouched: 89.0% / 58.0% (zh 89.7% / 55.3%, en 87.1% /
67.5%; headline 96.2% / 86.4%, detail 83.1% / 44.3%).
Nineteenth round: holdout22/ commissioned first; holdout20 retired and studied (78.0% / 70.7% at
the round's end: its yearbook price table is read now, its nested classes named as other labellers
name them); holdout21 then scored once untouched: 72.2% / 47.3% (zh 74.7% / 49.1%, en 57.7% /
36.6%; headline 88.7% / 75.8%, detail 65.4% / 39.0%).
Twentieth round: holdout23/ commissioned first; holdout21 retired and studied (79.3% / 53.1% at
the round's end); holdout22 then scored once untouched: 81.7% / 54.4% (zh 80.6% / 54.1%, en 86.4% /
55.9%; headline 90.0% / 78.3%, detail 77.5% / 46.3%).
Twenty-first round: holdout24/ commissioned first; holdout22 retired and studied (82.5% / 55.0% at
the round's end); holdout23 then scored once untouched: 75.0% / 46.9% (zh 80.5% / 45.6%, en 62.9% /
51.2%; headline 84.0% / 80.8%, detail 67.7% / 33.1%).
Twenty-second round: holdout25/ commissioned first; holdout23 retired and studied (94.4% / 84.4% at
the round's end); holdout24 then scored once untouched: 73.8% / 58.2% (zh 76.4% / 59.9%, en 61.5% /
50.0%; headline 74.4% / 74.4%, detail 73.6% / 53.4%).
Twenty-third round: holdout26/ commissioned first; holdout24 retired and studied (92.2% / 75.1% at
the round's end); holdout25 then scored once untouched: 76.3% / 60.3% (zh 75.3% / 61.1%, en 80.6% /
56.8%; headline 91.3% / 87.5%, detail 66.7% / 47.4%).
Twenty-fourth round: holdout27/ commissioned first; holdout25 retired and studied (89.1% / 76.3% at
the round's end); holdout26 then scored once untouched: 84.9% / 49.8% (zh 90.6% / 53.8%, en 45.0% /
24.3%; headline 82.2% / 66.1%, detail 86.0% / 45.6%).
Twenty-fifth round: holdout28/ commissioned first; holdout26 retired and studied (93.9% / 85.2% at
the round's end); holdout27 then scored once untouched: 84.4% / 42.8% (zh 91.2% / 42.5%, en 66.7% /
44.1%; headline 86.9% / 77.9%, detail 82.5% / 31.4%).
Twenty-sixth round: holdout29/ commissioned first; holdout27 retired and studied (95.0% / 82.0% at
the round's end); holdout28 then scored once untouched: 84.0% / 47.1% (zh 84.4% / 43.7%, en 82.4% /
66.7%; headline 90.9% / 74.6%, detail 80.4% / 38.7%).
Twenty-seventh round: holdout30/ commissioned first; holdout28 retired and studied (90.8% / 65.1% at
the round's end); holdout29 then scored once untouched: 87.4% / 53.7% (zh 87.0% / 53.6%, en 89.3% /
54.3%; headline 87.3% / 83.3%, detail 87.4% / 44.7%).
Twenty-eighth round: holdout31/ commissioned first; holdout29 retired and studied (79.3% / 55.5% at
the round's end: its retail-price table now read, under class names its labeller wrote otherwise);
holdout30 then scored once untouched: 84.7% / 56.2% (zh 85.1% / 54.8%, en 83.3% / 62.5%; headline
92.5% / 86.0%, detail 78.5% / 42.1%).
Twenty-ninth round: holdout32/ commissioned first; holdout30 retired and studied (89.6% / 57.9% at
the round's end); holdout31 then scored once untouched: 88.4% / 81.3% (zh 91.4% / 89.5%, en 75.0% /
54.5%; headline 92.9% / 88.1%, detail 86.2% / 78.1%).
Thirtieth round: holdout33/ commissioned first; holdout31 retired and studied (88.4% / 81.8% at the
round's end); holdout32 then scored once untouched: 81.6% / 42.0% (zh 91.6% / 42.1%, en 50.0% /
41.5%; headline 97.8% / 100.0%, detail 74.0% / 30.9%).
Thirty-first round: holdout34/ commissioned first; holdout32 retired and studied (90.5% / 87.2% at
the round's end); holdout33 then scored once untouched: 83.6% / 68.2% (zh 80.6% / 63.8%, en 96.7% /
90.6%; headline 93.8% / 92.3%, detail 76.8% / 56.2%).
Thirty-second round: holdout35/ commissioned first; holdout33 retired and studied (91.2% / 79.5% at
the round's end); holdout34 then scored once untouched: 58.9% / 47.5% (zh 55.0% / 45.6%, en 81.1% /
56.6%; headline 93.1% / 92.0%, detail 40.3% / 29.5%).
Thirty-third round: holdout36/ commissioned first; holdout34 retired and studied (86.6% / 69.8% on the
untouched extractor with the new consumer-price naming fold; 89.5% / 81.3% at the round's end);
holdout35 then scored once untouched: 86.1% / 68.1% (zh 83.9% / 70.1%, en 92.3% / 63.2%; headline
92.9% / 75.0%, detail 83.5% / 65.5%).
Thirty-fourth round: holdout37/ commissioned first; holdout35 retired and studied (85.6% / 68.6% at
the round's end); holdout36 then scored once untouched: 90.9% / 56.8% (zh 94.9% / 57.8%, en 76.3% /
52.7%; headline 94.8% / 87.3%, detail 88.9% / 47.9%).
Thirty-fifth round: holdout38/ commissioned first; holdout36 retired and studied (92.6% / 62.1% at
the round's end); holdout37 then scored once untouched: 80.7% / 63.2% (zh 79.6% / 66.7%, en 84.4% /
54.0%; headline 85.2% / 83.9%, detail 77.4% / 52.8%).
Thirty-sixth round: holdout39/ commissioned first; holdout37 retired and studied (93.8% / 81.6% at
the round's end); holdout38 then scored once untouched: 82.2% / 62.6% (zh 81.4% / 69.5%, en 85.7% /
43.6%; headline 78.4% / 81.6%, detail 84.0% / 56.7%); holdout40/ commissioned before any of its
misses was read.
Thirty-seventh round: holdout38 retired and studied (84.1% / 64.1% on the untouched extractor with
the new two-scales value fold; 95.1% / 84.0% at the round's end); holdout39 then scored once
untouched: 76.2% / 62.9% (zh 78.3% / 67.8%, en 67.7% / 46.7%; headline 92.2% / 90.4%, detail 68.8% /
52.8%); holdout41/ commissioned before any of its misses was read.
Thirty-eighth round: holdout39 retired and studied (80.6% / 66.5% on the untouched extractor with
the new price-basis and unit-alternative folds; 89.5% / 74.7% at the round's end); holdout40 then
scored once untouched: 76.8% / 52.5% (zh 78.9% / 53.4%, en 69.0% / 48.8%; headline 89.1% / 68.1%,
detail 68.7% / 43.8%); holdout42/ commissioned before any of its misses was read (13 files).
Thirty-ninth round: holdout40 retired and studied (79.6% / 55.9% at the round's end); holdout41 then
scored once untouched: 92.5% / 79.3% (zh 95.2% / 81.4%, en 83.8% / 72.1%; headline 98.1% / 98.1%,
detail 89.7% / 71.6%); holdout43/ commissioned before any of its misses was read (8 files).
Fortieth round: holdout41 retired and studied (93.2% / 79.8% at the round's end); holdout42 then
scored once untouched: 89.7% / 77.4% (zh 91.1% / 81.6%, en 84.8% / 65.1%; headline 96.7% / 86.8%,
detail 84.5% / 71.0%); four files added to the unread holdout43/ by new labellers under the same
brief, and holdout44/ commissioned, before any miss of holdout42 was read.
Forty-first round: holdout42 retired and studied (98.1% / 93.5% at the round's end); holdout43 then
scored once untouched: 85.4% / 67.6% (zh 88.4% / 72.3%, en 75.0% / 53.3%; headline 89.4% / 89.4%,
detail 83.5% / 60.0%); three files added to the unread holdout44/ by new labellers under the same
brief, and holdout45/ commissioned, before any miss of holdout43 was read.
Forty-second round: holdout43 retired and studied (97.5% / 87.4% at the round's end); holdout44 then
scored once untouched: 85.7% / 77.3% (zh 89.1% / 89.1%, en 74.1% / 50.0%; headline 92.0% / 93.9%,
detail 81.2% / 67.5%); holdout46/ commissioned (12 files) before any miss of holdout44 was read.
Forty-third round: holdout47/ commissioned (10 files) before any miss of holdout45 was read;
holdout44 retired and studied (96.0% / 90.2% at the round's end); holdout45 then scored once
untouched: 92.4% / 66.9% (zh 94.8% / 77.7%, en 85.7% / 47.1%; headline 97.1% / 94.4%, detail 90.0% /
57.8%).
Forty-fourth round: holdout45 retired and studied (97.3% / 73.8% at the round's end); holdout46 then
scored once untouched: 68.4% / 54.8% (zh 66.3% / 52.8%, en 75.0% / 61.5%; headline 70.5% / 79.5%,
detail 67.4% / 47.2%).
Forty-fifth round: holdout46 retired and studied (79.7% / 63.9% at the round's end); holdout47 then
scored once untouched: 91.2% / 76.7% (zh 93.0% / 81.1%, en 81.8% / 58.1%; headline 97.4% / 94.9%,
detail 88.9% / 71.0%); holdout48/ then commissioned (10 files).
Forty-sixth round: holdout49/ commissioned (12 files) before any miss of holdout47 was read; holdout47
retired and studied (98.0% / 91.4% at the round's end); holdout48 then scored once untouched: 78.7% /
58.7% (zh 78.7% / 67.8%, en 78.9% / 38.5%; headline 88.9% / 84.2%, detail 72.4% / 47.7%).
Forty-seventh round: holdout50/ commissioned (12 files) before any miss of holdout48 was read; holdout48
retired and studied (93.0% / 73.8% at the round's end); holdout49 then scored once untouched: 78.9% /
68.2% (zh 83.8% / 70.4%, en 56.7% / 56.7%; headline 86.0% / 86.0%, detail 76.4% / 63.1%).
Forty-eighth round: holdout51/ commissioned (12 files) before any miss of holdout49 was read; holdout49
retired and studied (89.5% / 80.2% at the round's end); holdout50 then scored once untouched: 76.3% /
63.6% (zh 86.0% / 74.1%, en 54.8% / 42.6%; headline 76.5% / 83.0%, detail 76.2% / 55.7%).
Forty-ninth round: holdout52/ commissioned (12 files) before any miss of holdout50 was read; holdout50
retired and studied (81.8% / 69.1% at the round's end); holdout51 then scored once untouched: 85.9% /
82.8% (zh 89.8% / 88.4%, en 59.3% / 50.0%; headline 89.7% / 87.1%, detail 84.1% / 80.8%).
Fiftieth round: holdout53/ commissioned (12 files) before any miss of holdout51 was read; holdout51
retired and studied (90.2% / 87.3% at the round's end); holdout52 then scored once untouched: 91.2% /
64.2% (zh 93.7% / 64.5%, en 78.9% / 62.5%; headline 92.7% / 78.5%, detail 89.8% / 54.6%).
Fifty-first round: holdout54/ commissioned (12 files) before any miss of holdout52 was read; holdout52
retired and studied (92.0% / 71.0% at the round's end); holdout53 then scored once untouched: 81.8% /
71.2% (zh 85.7% / 76.6%, en 64.3% / 50.0%; headline 98.1% / 92.7%, detail 73.5% / 61.5%).
Fifty-second round: holdout55/ commissioned (12 files) before any miss of holdout53 was read; holdout53
retired and studied (85.3% / 75.1% at the round's end); holdout54 then scored once untouched: 88.4% /
76.9% (zh 91.7% / 87.2%, en 58.8% / 28.6%; headline 96.6% / 89.1%, detail 84.2% / 71.1%).
Fifty-third round: holdout56/ commissioned (11 files) before any miss of holdout54 was read; holdout54
retired and studied (92.5% / 80.4% at the round's end); holdout55 then scored once untouched: 86.7% /
80.0% (zh 91.9% / 87.2%, en 44.4% / 33.3%; headline 90.6% / 92.3%, detail 85.0% / 75.0%).
Fifty-fourth round: holdout57/ commissioned (10 files; three empty slots refilled after holdout55's misses
were first read, same brief) before any miss of holdout55 was read; holdout55 retired and studied (92.4% /
87.8% at the round's end); holdout56 then scored once untouched: 85.7% / 76.4% (zh 87.5% / 82.7%, en
75.0% / 50.0%; headline 78.1% / 86.2%, detail 88.0% / 74.2%).
Fifty-fifth round: holdout58/ commissioned (12 files) before any miss of holdout56 was read; holdout56
retired and studied (89.6% / 82.2% at the round's end); holdout57 then scored once untouched: 77.5% /
67.4% (zh 87.8% / 80.4%, en 31.8% / 22.6%; headline 89.4% / 85.7%, detail 69.9% / 57.3%).
Fifty-sixth round: holdout59/ commissioned (12 files) before any miss of holdout57 was read; holdout57
retired and studied (87.1% / 78.3% at the round's end); holdout58 then scored once untouched: 79.9% /
66.5% (zh 87.5% / 76.6%, en 48.1% / 33.3%; headline 96.4% / 91.5%, detail 68.7% / 52.8%).
Fifty-seventh round: holdout60/ commissioned (12 files) before any miss of holdout58 was read; holdout58
retired and studied (86.8% / 74.9% at the round's end); holdout59 then scored once untouched: 77.9% /
64.6% (zh 77.7% / 70.2%, en 78.8% / 51.0%; headline 93.0% / 85.1%, detail 71.6% / 57.0%).
Fifty-eighth round: holdout61/ commissioned (12 files) before any miss of holdout59 was read; holdout59
retired and studied (85.8% / 72.6% at the round's end); holdout60 then scored once untouched: 88.1% /
70.4% (zh 95.4% / 79.4%, en 57.7% / 39.5%; headline 95.3% / 85.4%, detail 84.8% / 64.5%).
Fifty-ninth round: holdout62/ commissioned (12 files) before any miss of holdout60 was read; holdout60
retired and studied (97.0% / 76.9% at the round's end); holdout61 then scored once untouched: 91.4% /
81.4% (zh 93.5% / 86.6%, en 80.0% / 58.8%; headline 97.0% / 94.2%, detail 87.5% / 73.7%).
Sixtieth round: holdout63/ commissioned (12 files) before any miss of holdout61 was read; holdout61
retired and studied (96.3% / 85.8% at the round's end); holdout62 then scored once untouched: 89.2% /
79.1% (zh 93.9% / 86.6%, en 65.4% / 48.6%; headline 100% / 90.5%, detail 85.7% / 75.6%).
Sixty-first round: holdout64/ commissioned (12 files) before any miss of holdout62 was read; holdout62
retired and studied (95.0% / 85.3% at the round's end); holdout63 then scored once untouched: 88.5% /
80.6% (zh 93.8% / 89.0%, en 57.9% / 42.3%; headline 88.9% / 85.7%, detail 88.5% / 79.3%).
Sixty-second round: holdout65/ commissioned (12 files) before any miss of holdout63 was read; holdout63
retired and studied (92.5% / 85.4% at the round's end); holdout64 then scored once untouched: 87.8% /
37.4% (zh 89.0% / 77.4%, en 82.4% / 11.0%; headline 91.1% / 93.2%, detail 84.4% / 22.8%).
Sixty-third round: holdout66/ commissioned (12 files) before any miss of holdout64 was read; holdout64
retired and studied (89.8% / 37.4% at the round's end); holdout65 then scored once untouched: 82.7% /
79.3% (zh 84.1% / 79.8%, en 76.9% / 76.9%; headline 80.8% / 79.2%, detail 83.9% / 79.3%); holdout66
unread.
Sixty-fourth round: holdout67/ commissioned (12 files) before any miss of holdout65 was read; holdout65
retired and studied (95.8% / 93.8% at the round's end); holdout66 then scored once untouched: 85.6% /
76.1% (zh 84.9% / 76.1%, en 89.3% / 75.8%; headline 93.9% / 95.4%, detail 80.2% / 65.9%); holdout67
unread.
Sixty-fifth round: holdout68/ commissioned (12 files) before any miss of holdout66 was read; holdout66
retired and studied (92.7% / 88.3% at the round's end); holdout67 then scored once untouched: 95.3% /
82.7% (zh 98.6% / 90.8%, en 80.0% / 54.5%; headline 98.3% / 90.6%, detail 93.7% / 78.8%); holdout68
unread.
Sixty-sixth round: holdout69/ commissioned (12 files) before any miss of holdout67 was read; holdout67
retired and studied (96.7% / 88.8% at the round's end); holdout68 then scored once untouched: 91.2% /
79.4% (zh 95.5% / 90.0%, en 56.2% / 30.0%; headline 91.3% / 92.6%, detail 91.1% / 70.6%); holdout69
unread.
Sixty-seventh round: holdout70/ commissioned (12 files) before any miss of holdout68 was read; holdout68
retired and studied (92.6% / 80.6% at the round's end); holdout69 then scored once untouched: 90.5% /
77.0% (zh 92.8% / 83.7%, en 80.8% / 55.3%; headline 96.5% / 90.2%, detail 86.2% / 69.0%); holdout70
unread.
Sixty-eighth round: holdout71/ commissioned (12 files) before any miss of holdout69 was read; holdout69
retired and studied (90.6% / 78.3% at the round's end); holdout70 then scored once untouched: 90.1% /
76.8% (zh 91.3% / 81.3%, en 83.3% / 57.1%; headline 93.9% / 90.2%, detail 88.5% / 71.9%); holdout71
unread.
Sixty-ninth round: holdout72/ commissioned (12 files) before any miss of holdout70 was read; holdout70
retired and studied (95.0% / 80.5% at the round's end); holdout71 then scored once untouched: 95.4% /
85.2% (zh 97.7% / 92.0%, en 81.0% / 54.8%; headline 96.5% / 100%, detail 94.7% / 78.1%); holdout72
unread.
Seventieth round: holdout73/ commissioned (12 files) before any miss of holdout71 was read; holdout71
retired and studied (96.7% / 86.4% at the round's end); holdout72 then scored once untouched: 92.4% /
85.4% (zh 93.5% / 91.7%, en 86.7% / 61.9%; headline 95.4% / 93.9%, detail 90.8% / 81.2%); holdout73
unread.
Seventy-first round: holdout74/ commissioned (12 files) before any miss of holdout72 was read; holdout72
retired and studied (98.4% / 92.0% at the round's end); holdout73 then scored once untouched: 86.2% /
69.2% (zh 87.0% / 72.3%, en 82.8% / 57.1%; headline 86.7% / 82.5%, detail 86.0% / 63.4%); holdout74
unread.
Seventy-second round: holdout75/ commissioned (12 files) before any miss of holdout73 was read; holdout73
retired and studied (89.7% / 75.0% at the round's end); holdout74 then scored once untouched: 95.3% /
78.6% (zh 96.5% / 82.4%, en 89.7% / 63.4%; headline 95.1% / 96.7%, detail 95.4% / 71.2%); holdout75
unread.
Seventy-third round: holdout76/ commissioned (12 files) before any miss of holdout74 was read; holdout74
retired and studied (96.5% / 79.6% at the round's end); holdout75 then scored once untouched: 87.0% /
79.8% (zh 93.4% / 87.7%, en 65.0% / 55.3%; headline 89.3% / 87.7%, detail 86.0% / 76.5%); holdout76
unread.
Seventy-fourth round: holdout77/ commissioned (12 files) before any miss of holdout75 was read; holdout75
retired and studied (95.4% / 86.0% at the round's end); holdout76 then scored once untouched: 87.8% /
80.8% (zh 89.1% / 86.3%, en 82.9% / 64.2%; headline 88.3% / 89.8%, detail 87.6% / 77.4%); holdout77
unread.
Seventy-fifth round: holdout78/ commissioned (12 files) before any miss of holdout76 was read (one slot
refilled after, its first page being in the corpus already); holdout76 retired and studied (94.9% / 86.9%
at the round's end); holdout77 then scored once untouched: 85.8% / 75.5% (zh 93.3% / 84.6%, en 48.1% /
37.1%; headline 89.9% / 84.9%, detail 82.8% / 69.4%); holdout78 unread.
Seventy-sixth round: holdout79/ commissioned (12 files) before any miss of holdout77 was read; holdout77
retired and studied (92.9% / 78.8% at the round's end); holdout78 then scored once untouched: 88.8% /
82.3% (zh 90.8% / 89.0%, en 80.6% / 60.4%; headline 98.6% / 97.3%, detail 82.6% / 73.6%); holdout79
unread.
Seventy-seventh round: holdout80/ commissioned (12 files) before any miss of holdout78 was read; holdout78
retired and studied (96.2% / 87.2% at the round's end); holdout79 then scored once untouched: 94.7% /
68.3% (zh 99.1% / 72.4%, en 66.7% / 44.4%; headline 88.7% / 85.5%, detail 98.7% / 60.9%); holdout80
unread.
Seventy-eighth round: holdout81/ commissioned (12 files) before any miss of holdout79 was read; holdout79
retired and studied (98.8% / 92.3% at the round's end); holdout80 then scored once untouched: 91.4% /
77.5% (zh 95.9% / 87.0%, en 76.7% / 53.5%; headline 89.1% / 80.3%, detail 93.8% / 75.0%); holdout81
unread.
Seventy-ninth round: holdout82/ commissioned (12 files) before any miss of holdout80 was read; holdout80
retired and studied (97.2% / 91.4% at the round's end); holdout81 then scored once untouched: 86.8% /
76.7% (zh 90.5% / 82.2%, en 71.8% / 57.1%; headline 91.8% / 91.8%, detail 83.9% / 69.3%); holdout82
unread.
Eightieth round: holdout83/ commissioned (12 files) before any miss of holdout81 was read; holdout81
retired and studied (88.8% / 78.5% at the round's end); holdout82 then scored once untouched: 92.5% /
80.5% (zh 97.5% / 83.6%, en 70.4% / 65.5%; headline 98.3% / 98.3%, detail 88.8% / 71.2%); holdout83
unread.
Eighty-first round: holdout84/ commissioned (12 files) before any miss of holdout82 was read; holdout82
retired and studied (96.2% / 89.9% at the round's end); holdout83 then scored once untouched: 88.0% /
73.5% (zh 94.2% / 85.1%, en 52.4% / 30.6%; headline 92.0% / 82.1%, detail 85.9% / 69.3%); holdout84
unread.
Eighty-second round: holdout85/ commissioned (12 files) before any miss of holdout83 was read; holdout83
retired and studied (94.3% / 88.2% at the round's end); holdout84 then scored once untouched: 86.5% /
73.1% (zh 88.7% / 79.2%, en 66.7% / 38.5%; headline 90.6% / 90.6%, detail 84.2% / 65.6%); holdout85
unread.
Eighty-third round: holdout86/ commissioned before any miss of holdout84 was read (one slot given out
again after); holdout84 retired and studied (88.4% / 74.3% at the round's end); holdout85 then scored once
untouched: 83.4% / 75.4% (zh 84.3% / 77.0%, en 79.2% / 67.9%; headline 93.3% / 84.0%, detail 79.2% /
71.8%); holdout86 unread.
Eighty-fourth round: holdout87/ commissioned before any miss of holdout85 was read; holdout85 retired and
studied (91.0% / 85.0% at the round's end); holdout86 then scored once untouched: 91.0% / 82.9% (zh
94.3% / 90.4%, en 60.0% / 37.5%; headline 98.3% / 87.7%, detail 86.6% / 80.0%); holdout87 unread.
Eighty-fifth round: holdout88/ commissioned before any miss of holdout86 was read; holdout86 retired and
studied (96.3% / 92.4% at the round's end); holdout87 then scored once untouched: 87.8% / 82.7% (zh
95.6% / 90.8%, en 61.8% / 56.8%; headline 94.1% / 91.4%, detail 82.3% / 75.6%); holdout88 unread.
Eighty-sixth round: holdout89/ commissioned before any miss of holdout87 was read; holdout87 retired and
studied (93.1% / 86.5% at the round's end); holdout88 then scored once untouched: 91.1% / 86.1% (zh
94.2% / 91.2%, en 77.8% / 66.7%; headline 100.0% / 100.0%, detail 85.0% / 77.4%); holdout89 unread.
Eighty-seventh round: holdout90/ commissioned before any miss of holdout88 was read; holdout88 retired and
studied (93.9% / 92.5% at the round's end); holdout89 then scored once untouched: 94.5% / 85.1% (zh
96.7% / 92.4%, en 83.3% / 58.1%; headline 97.0% / 94.2%, detail 93.0% / 80.3%); holdout90 unread.
Eighty-eighth round: holdout91/ commissioned before any miss of holdout89 was read; holdout89 retired and
studied (95.7% / 89.1% at the round's end); holdout90 then scored once untouched: 83.9% / 69.0% (zh
89.3% / 79.6%, en 25.0% / 11.1%; headline 88.2% / 80.4%, detail 81.5% / 63.6%); holdout91 unread.
Eighty-ninth round: holdout92/ commissioned before any miss of holdout90 was read; holdout90 retired and
studied (88.7% / 77.0% at the round's end); holdout91 then scored once untouched: 93.2% / 77.9% (zh
100.0% / 96.9%, en 65.2% / 34.9%; headline 97.9% / 85.5%, detail 89.9% / 72.9%); holdout92 unread.
Ninetieth round: holdout93/ commissioned before any miss of holdout91 was read; holdout91 retired and
studied (99.2% / 92.1% at the round's end); holdout92 then scored once untouched: 93.9% / 78.3% (zh
93.4% / 82.1%, en 96.6% / 63.6%; headline 95.6% / 91.5%, detail 93.4% / 74.7%); holdout93 unread.
Ninety-first round: holdout94/ commissioned before any miss of holdout92 was read; holdout92 retired and
studied (98.5% / 88.0% at the round's end); holdout93 then scored once untouched: 78.3% / 68.5% (zh
81.4% / 74.5%, en 65.6% / 48.8%; headline 94.6% / 94.6%, detail 73.4% / 61.9%); holdout94 unread.
Ninety-second round: holdout95/ commissioned before any miss of holdout93 was read; holdout93 retired and
studied (86.7% / 78.3% at the round's end); holdout94 then scored once untouched: 90.7% / 74.3% (zh
94.1% / 83.6%, en 71.4% / 40.5%; headline 94.4% / 92.7%, detail 88.4% / 65.5%); holdout95 unread.
Ninety-third round: holdout96/ commissioned before any miss of holdout94 was read; holdout94 retired and
studied (96.3% / 91.2% at the round's end); holdout95 then scored once untouched: 93.9% / 79.9% (zh
94.2% / 86.0%, en 92.9% / 59.1%; headline 100.0% / 96.6%, detail 90.7% / 72.6%); holdout96 unread.
Ninety-fourth round: holdout97/ commissioned before any miss of holdout95 was read; holdout95 retired and
studied (97.2% / 88.1% at the round's end); holdout96 then scored once untouched: 89.0% / 79.7% (zh
87.4% / 79.3%, en 94.4% / 81.0%; headline 97.3% / 91.0%, detail 82.2% / 71.2%); holdout97 unread.
Ninety-fifth round: holdout98/ commissioned before any miss of holdout96 was read; holdout96 retired and
studied (91.7% / 85.2% at the round's end); holdout97 then scored once untouched: 82.1% / 41.7% (zh
84.8% / 38.4%, en 74.2% / 59.0%; headline 80.5% / 40.7%, detail 82.9% / 42.2%); holdout98 unread.
Ninety-sixth round: holdout99/ commissioned before any miss of holdout97 was read; holdout97 retired and
studied (97.3% / 88.0% at the round's end); holdout98 then scored once untouched: 82.2% / 61.0% (zh
85.8% / 64.4%, en 64.3% / 45.0%; headline 86.8% / 89.2%, detail 80.9% / 55.5%); holdout99 unread.
Ninety-seventh round: holdout100/ commissioned before any miss of holdout98 was read; holdout98 retired and
studied (88.2% / 71.9% at the round's end); holdout99 then scored once untouched: 84.8% / 63.3% (zh
86.4% / 64.4%, en 79.2% / 59.4%; headline 100.0% / 92.3%, detail 73.4% / 48.0%); holdout100 unread: the next
round's honest figure.

A predicted row is correct when its indicator and period match a labelled
row and every field agrees: value (same unit family, equal up to rounding; in
two scales, 万元 and 亿元, up to the coarser one's last digit), year-on-year
change (within 0.05 points), rank and rank_of.
Rows go through the same front-matter/prose merge as a real build, so a
figure mentioned twice counts once.

changes.yaml is scored on its own (``--set changes``): there a prediction is
a row's change in percentage points, correct when indicator, period, signed
points (within 0.05), base period and what moved (growth or level) all agree.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from bulletin.content.catalog import load_catalog, normalize_name
from bulletin.content.markup import render_markdown
from bulletin.core.model import Indicator, ReportMeta
from bulletin.core.periods import parse_period
from bulletin.core.units import UnitError, parse_unit, quantity
from bulletin.extract.crosscheck import cross_check
from bulletin.extract.merge import merge_indicators
from bulletin.extract.prose import extract_mentions
from bulletin.extract.review import review

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "extraction"
CASES = FOLDER / "cases.yaml"
SETS = {
    "cases": "development set 1",
    "cases2": "development set 2",
    "cases3": "development set 3",
    "cases4": "development set 4",
    "cases5": "development set 5",
    "cases6": "development set 6",
    "cases7": "development set 7",
    "holdout": "held out, never tuned on",
    "holdout2": "held out, written last, scored once",
    "changes": "changes in percentage points",
}


@dataclass(frozen=True)
class Row:
    indicator: str
    period: str
    value: float | None
    unit: str | None
    yoy_pct: float | None
    rank: int | None
    rank_of: int | None


def _code(period: object) -> str:
    """Labels may spell one span two ways (2023-M01-M09 is 2023-Q1-Q3); compare canonical codes."""
    return parse_period(str(period)).code


def load_cases(path: Path = CASES) -> list[dict]:
    """The labelled cases."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def predict(case: dict, catalog) -> list[Row]:
    """Rows the extractor and the merge produce for one case (a real bulletin names its own region)."""
    import datetime as dt

    period = parse_period(str(case["period"]))
    document = render_markdown(case["text"])
    # Only published readings count: a held-back reading costs recall, not precision.
    mentions, _ = review(extract_mentions(document, period, catalog, str(case.get("region") or "")), catalog)
    meta = ReportMeta(
        path="case.md",
        slug="case",
        title="case",
        date=dt.date(2024, 1, 1),
        period=period,
        region=str(case.get("region") or "x"),
        lang="en" if case.get("lang") == "en" else "zh-CN",
    )
    mentions, _, _ = cross_check(meta, mentions, catalog)
    rows, _ = merge_indicators(meta, mentions, catalog)
    return [_row(r) for r in rows]


@dataclass(frozen=True)
class ChangeRow:
    indicator: str
    period: str
    points: float
    base: str
    of: str


def predict_changes(case: dict, catalog) -> list[ChangeRow]:
    """The changes in percentage points the extractor attaches to one case's rows."""
    import datetime as dt

    period = parse_period(str(case["period"]))
    mentions = extract_mentions(render_markdown(case["text"]), period, catalog)
    meta = ReportMeta(
        path="case.md", slug="case", title="case", date=dt.date(2024, 1, 1), period=period, region="x"
    )
    rows, _ = merge_indicators(meta, mentions, catalog)
    return [
        ChangeRow(r.name, r.period.code, r.change.points, r.change.base.code, r.change.of)
        for r in rows
        if r.change is not None
    ]


def _row(r: Indicator) -> Row:
    return Row(r.name, r.period.code, r.value, r.unit or None, r.yoy_pct, r.rank, r.rank_of)


# The labelling conventions never fixed how a price category outside the catalogue is named, and
# labellers wrote 衣着, 衣着类, 衣着价格 and 衣着类价格指数 for the same row of a price table: one name.
_CATEGORY_TAIL = re.compile(r"类?(?:价格)?总?(?:指数)?$")
# Nor whether a price class keeps the index's full name: 冶金工业出厂价格指数 and 冶金工业工业生产者出厂
# 价格指数 are one row (出厂 and 购进 stay apart), and so are 食品价格指数 and 食品居民消费价格指数.
_PRODUCER = re.compile(r"工业生产者(?=出厂|购进)|(?<=.)居民消费(?=价格)")


# Nor whether an English item keeps the plural of a list it came from ('secondary industries').
_PLURAL = re.compile(r"\bindustries$", re.IGNORECASE)
# Nor whether a table's price basis stays in the name: 汽车制造业工业总产值(现价) is 汽车制造业工业总产值
# (labellers kept it; the reader drops it as no part of the series, as it drops a unit).
_PRICE_BASIS = re.compile(r"[(（](?:现价|当年价|当年价格|不变价|不变价格|可比价|可比价格)[)）]$")
# Nor whether an NBS retail format keeps the coverage every format has: 'retail sales of supermarket in
# retail enterprises above the designated size' is 'retail sales of supermarket' (labellers differ).
_COVERAGE_EN = re.compile(
    r"\s+(?:in|of) (?:retail )?(?:enterprises|units) above (?:the )?designated size$", re.I
)


# Nor whether a free name keeps a gloss in parentheses: 移动通信手持机(手机) is 移动通信手持机, as the
# reader drops the gloss (a coverage such as (不含农户) names a catalogue series of its own, matched above).
_GLOSS = re.compile(r"[(（][\u3400-\u9fff]{1,8}[)）](?=[\u3400-\u9fff]{0,4}$)")  # (and before a measure)


def _same_name(a: str, b: str, catalog) -> bool:
    a, b = _PRICE_BASIS.sub("", a), _PRICE_BASIS.sub("", b)
    a, b = _COVERAGE_EN.sub("", a), _COVERAGE_EN.sub("", b)
    ea = catalog.lookup(a) or catalog.lookup(_PLURAL.sub("industry", a))
    eb = catalog.lookup(b) or catalog.lookup(_PLURAL.sub("industry", b))
    if ea is not None or eb is not None:
        return ea is eb and ea is not None
    a, b = (_GLOSS.sub("", a), _GLOSS.sub("", b)) if _GLOSS.search(a) or _GLOSS.search(b) else (a, b)
    na, nb = _PRODUCER.sub("", normalize_name(a)), _PRODUCER.sub("", normalize_name(b))
    return na == nb or (_CATEGORY_TAIL.sub("", na) == _CATEGORY_TAIL.sub("", nb) != "")


# A unit with its alternative in parentheses, as a table heads a livestock row: 万头(只) is 万头.
_UNIT_ALTERNATIVE = re.compile(r"[(（][^()（）]*[)）]$")


def _same_value(p: Row, e: Row) -> bool:
    if p.value is None or e.value is None:
        return p.value is None and e.value is None
    p = replace(p, unit=_UNIT_ALTERNATIVE.sub("", p.unit or "") or None)
    e = replace(e, unit=_UNIT_ALTERNATIVE.sub("", e.unit or "") or None)
    try:
        up, ue = parse_unit(p.unit or ""), parse_unit(e.unit or "")
        same_unit = (up.family, up.factor) == (ue.family, ue.factor)
        # one figure in two units of a family (a table's 4000882万元, the text's 400.09亿元): equal
        # up to the coarser one's last digit
        if not same_unit and up.family == ue.family:
            return quantity(e.value, e.unit or "").agrees_with(quantity(p.value, p.unit or ""))
    except (UnitError, ValueError):
        same_unit = (p.unit or "") == (e.unit or "")
    return same_unit and abs(p.value - e.value) <= 1e-6 * max(1.0, abs(e.value))


def _same_rate(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.051


def correct(p: Row, e: Row) -> bool:
    """Every field of the predicted row agrees with the labelled one."""
    return (
        _same_value(p, e) and _same_rate(p.yoy_pct, e.yoy_pct) and p.rank == e.rank and p.rank_of == e.rank_of
    )


def _truth(case: dict) -> list[Row]:
    return [
        Row(
            str(r["indicator"]),
            _code(r["period"]),
            r["value"],
            r["unit"],
            r["yoy_pct"],
            r["rank"],
            r["rank_of"],
        )
        for r in case["expect"]
    ]


def _change_truth(case: dict) -> list[ChangeRow]:
    return [
        ChangeRow(str(r["indicator"]), _code(r["period"]), float(r["points"]), _code(r["base"]), r["of"])
        for r in case["expect"]
    ]


def _change_correct(p: ChangeRow, e: ChangeRow) -> bool:
    return abs(p.points - e.points) <= 0.051 and p.base == e.base and p.of == e.of


def match(truth: list, guess: list, catalog, is_correct=None) -> tuple[list, list]:
    """Pair each predicted row with the labelled row of its indicator and period.

    Returns ``(judged, missed)``: ``judged`` holds ``(predicted, labelled or None, correct)`` for every
    predicted row, ``missed`` the labelled rows no prediction matched."""
    is_correct = is_correct or correct
    unmatched = list(truth)
    judged = []
    for p in guess:
        found = next(
            (e for e in unmatched if e.period == p.period and _same_name(p.indicator, e.indicator, catalog)),
            None,
        )
        if found is not None:
            unmatched.remove(found)
        judged.append((p, found, found is not None and is_correct(p, found)))
    return judged, unmatched


def _print_misses(case: dict, judged: list, missed: list) -> None:
    wrong = [(p, m) for p, m, ok in judged if not ok]
    if not (wrong or missed):
        return
    print(f"\n[{case['id']}] {case['text'].strip()[:160]}")
    for p, m in wrong:
        print(f"   got      {p}" + (f"\n   expected {m}" if m else "  (not labelled)"))
    for e in missed:
        print(f"   missed   {e}")


def name_mismatches(files: list[dict], catalog) -> list[tuple[str, str, str]]:
    """Development rows read with the right figures under another name than the label's:
    (file id, name read, name labelled). Only development files are ever shown."""
    found = []
    for case in files:
        if case["split"] != "dev":
            continue
        judged, missed = match(_truth(case), predict(case, catalog), catalog)
        for p, m, _ in judged:
            same = (
                e
                for e in missed
                if m is None
                and e.period == p.period
                and (
                    (p.yoy_pct is not None and p.yoy_pct == e.yoy_pct)
                    or (p.value is not None and p.value == e.value)
                )
            )
            if (e := next(same, None)) is not None:
                found.append((case["id"], p.indicator, e.indicator))
    return found


def _figures(predicted: int, expected: int, hits: int, cases: int) -> dict[str, float]:
    precision = hits / predicted if predicted else 1.0
    recall = hits / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "cases": cases,
        "expected": expected,
        "predicted": predicted,
        "correct": hits,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def score(cases: list[dict], catalog, verbose: bool = False, changes: bool = False) -> dict[str, float]:
    """Precision, recall and F1 over all cases; prints the misses with -v.

    ``changes``: score the changes in percentage points (changes.yaml) instead of the rows."""
    predicted = expected = hits = 0
    for case in cases:
        truth: list = _change_truth(case) if changes else _truth(case)
        guess: list = predict_changes(case, catalog) if changes else predict(case, catalog)
        judged, missed = match(truth, guess, catalog, _change_correct if changes else correct)
        predicted += len(guess)
        expected += len(truth)
        hits += sum(ok for _, _, ok in judged)
        if verbose:
            _print_misses(case, judged, missed)
    return _figures(predicted, expected, hits, len(cases))


REAL = FOLDER / "real"


def load_real(folder: Path = REAL, only: str | None = None) -> list[dict]:
    """The real published bulletins, one file each, in a fixed order (``only``: one subfolder's)."""
    pattern = f"{only}/*.yaml" if only else "*/*.yaml"
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(folder.glob(pattern))]


def headline_names(catalog) -> set[str]:
    """Canonical (or normalised) names of the headline indicators: ``key: true`` or the catalogue's
    standard ``headline`` list."""
    from importlib import resources

    raw = yaml.safe_load(resources.files("bulletin.content").joinpath("catalog.yaml").read_text("utf-8"))
    names = {e.name for e in catalog.entries if e.key}
    for name in raw.get("headline") or ():
        entry = catalog.lookup(name)
        names.add(entry.name if entry is not None else normalize_name(name))
    return names


def _is_headline(name: str, catalog, headline: set[str]) -> bool:
    entry = catalog.lookup(name)
    return (entry.name if entry is not None else normalize_name(name)) in headline


# Held-out parts retired to development once their figures were recorded: holdout3 and holdout4
# were studied in the sixth round (its honest figure: holdout5), holdout5 in the seventh (its
# honest figure: holdout6, collected and scored untouched before any of that round's rules),
# holdout6 in the eighth (holdout7 scored untouched first), holdout7 in the ninth (holdout8 collected
# before any of that round's rules), holdout8 at the end of the ninth (holdout9 collected first),
# holdout9 after it was scored (holdout10 collected first), holdout10 in the tenth round (holdout11
# commissioned first, from labellers who never saw the extractor); holdout2 in the tenth round too,
# when a floor test showed a new table reader had cost it precision and its misses were read to fix it;
# holdout11 and holdout12 in the eleventh round (holdout13 scored untouched and holdout14 commissioned
# first); holdout13 in the twelfth, once scored untouched a second time (holdout15 commissioned first);
# holdout14 in the thirteenth, once scored untouched at the end of the twelfth (holdout15 unread);
# holdout15 in the fourteenth, once scored untouched at the end of the thirteenth (holdout17
# commissioned first, holdout16 unread); holdout16 in the fifteenth, once scored untouched at the end
# of the fourteenth (holdout18 commissioned first, holdout17 unread); holdout17 in the sixteenth,
# once scored untouched at the end of the fifteenth (holdout19 commissioned first, holdout18 unread);
# holdout18 in the seventeenth, once scored untouched at the end of the sixteenth (holdout20
# commissioned first, holdout19 unread); holdout19 in the eighteenth, once scored untouched at the
# end of the seventeenth (holdout21 commissioned first, holdout20 unread); holdout20 in the
# nineteenth, once scored untouched at the end of the eighteenth (holdout22 commissioned first,
# holdout21 unread); holdout21 in the twentieth, once scored untouched at the end of the nineteenth
# (holdout23 commissioned first, holdout22 unread); holdout22 in the twenty-first, once scored
# untouched at the end of the twentieth (holdout24 commissioned first, holdout23 unread); holdout23 in
# the twenty-second, once scored untouched at the end of the twenty-first (holdout25 commissioned
# first, holdout24 unread); holdout24 in the twenty-third, once scored untouched at the end of the
# twenty-second (holdout26 commissioned first, holdout25 unread); holdout25 in the twenty-fourth, once
# scored untouched at the end of the twenty-third (holdout27 commissioned first, holdout26 unread);
# holdout26 in the twenty-fifth, once scored untouched at the end of the twenty-fourth (holdout28
# commissioned first, holdout27 unread); holdout27 in the twenty-sixth, once scored untouched at the
# end of the twenty-fifth (holdout29 commissioned first, holdout28 unread); holdout28 in the
# twenty-seventh, once scored untouched at the end of the twenty-sixth (holdout30 commissioned first,
# holdout29 unread); holdout29 in the twenty-eighth, once scored untouched at the end of the
# twenty-seventh (holdout31 commissioned first, holdout30 unread); holdout30 in the twenty-ninth, once
# scored untouched at the end of the twenty-eighth (holdout32 commissioned first, holdout31 unread);
# holdout31 in the thirtieth, once scored untouched at the end of the twenty-ninth (holdout33
# commissioned first, holdout32 unread); holdout32 in the thirty-first, once scored untouched at the
# end of the thirtieth (holdout34 commissioned first, holdout33 unread); holdout33 in the thirty-second,
# once scored untouched at the end of the thirty-first (holdout35 commissioned first, holdout34 unread);
# holdout34 in the thirty-third, once scored untouched at the end of the thirty-second (holdout36
# commissioned first, holdout35 unread); holdout35 in the thirty-fourth, once scored untouched at the
# end of the thirty-third (holdout37 commissioned first, holdout36 unread); holdout36 in the
# thirty-fifth, once scored untouched at the end of the thirty-fourth (holdout38 commissioned first,
# holdout37 unread); holdout37 in the thirty-sixth, once scored untouched at the end of the
# thirty-fifth (holdout39 commissioned first, holdout38 unread); holdout38 in the thirty-seventh, once
# scored untouched at the end of the thirty-sixth (holdout40 commissioned before its misses were read,
# holdout39 unread); holdout39 in the thirty-eighth, once scored untouched at the end of the
# thirty-seventh (holdout41 commissioned before its misses were read, holdout40 unread); holdout40 in the
# thirty-ninth, once scored untouched at the end of the thirty-eighth (holdout42 commissioned before its
# misses were read, holdout41 unread); holdout41 in the fortieth, once scored untouched at the end of
# the thirty-ninth (holdout43 commissioned before its misses were read, holdout42 unread); holdout42 in
# the forty-first, once scored untouched at the end of the fortieth (holdout44 commissioned before its
# misses were read, holdout43 unread); holdout43 in the forty-second, once scored untouched at the end of
# the forty-first (holdout45 commissioned before its misses were read, holdout44 unread); holdout44 in the
# forty-third, once scored untouched at the end of the forty-second (holdout46 commissioned before its
# misses were read, holdout45 unread); holdout45 in the forty-fourth, once scored untouched at the end of
# the forty-third (holdout47 commissioned before its misses were read, holdout46 unread); holdout46 in the
# forty-fifth, once scored untouched at the end of the forty-fourth (holdout47 unread); holdout47 in the
# forty-sixth, once scored untouched at the end of the forty-fifth (holdout49 commissioned before its
# misses were read, holdout48 unread); holdout48 in the forty-seventh, once scored untouched at the end
# of the forty-sixth (holdout50 commissioned before its misses were read, holdout49 unread); holdout49 in
# the forty-eighth, once scored untouched at the end of the forty-seventh (holdout51 commissioned before
# its misses were read, holdout50 unread); holdout50 in the forty-ninth, once scored untouched at the end
# of the forty-eighth (holdout52 commissioned before its misses were read, holdout51 unread); holdout51
# in the fiftieth, once scored untouched at the end of the forty-ninth (holdout53 commissioned before its
# misses were read, holdout52 unread); holdout52 in the fifty-first, once scored untouched at the end of
# the fiftieth (holdout54 commissioned before its misses were read, holdout53 unread); holdout53 in the
# fifty-second, once scored untouched at the end of the fifty-first (holdout55 commissioned before its
# misses were read, holdout54 unread); holdout54 in the fifty-third, once scored untouched at the end of
# the fifty-second (holdout56 commissioned before its misses were read, holdout55 unread); holdout55 in the
# fifty-fourth, once scored untouched at the end of the fifty-third (holdout57 commissioned before its
# misses were read, three empty slots refilled after, holdout56 unread); holdout56 in the fifty-fifth, once
# scored untouched at the end of the fifty-fourth (holdout58 commissioned before its misses were read,
# holdout57 unread); holdout57 in the fifty-sixth, once scored untouched at the end of the fifty-fifth
# (holdout59 commissioned before its misses were read, holdout58 unread); holdout58 in the fifty-seventh,
# once scored untouched at the end of the fifty-sixth (holdout60 commissioned before its misses were
# read, holdout59 unread); holdout59 in the fifty-eighth, once scored untouched at the end of the
# fifty-seventh (holdout61 commissioned before its misses were read, holdout60 unread); holdout60 in the
# fifty-ninth, once scored untouched at the end of the fifty-eighth (holdout62 commissioned before its
# misses were read, holdout61 unread); holdout61 in the sixtieth, once scored untouched at the end of the
# fifty-ninth (holdout63 commissioned before its misses were read, holdout62 unread); holdout62 in the
# sixty-first, once scored untouched at the end of the sixtieth (holdout64 commissioned before its
# misses were read, holdout63 unread); holdout63 in the sixty-second, once scored untouched at the end
# of the sixty-first (holdout65 commissioned before its misses were read, holdout64 unread); holdout64 in
# the sixty-third, once scored untouched at the end of the sixty-second (holdout66 commissioned before
# its misses were read, holdout65 unread); holdout65 in the sixty-fourth, once scored untouched at the
# end of the sixty-third (holdout67 commissioned before its misses were read, holdout66 unread);
# holdout66 in the sixty-fifth, once scored untouched at the end of the sixty-fourth (holdout68
# commissioned before its misses were read, holdout67 unread); holdout67 in the sixty-sixth, once
# scored untouched at the end of the sixty-fifth (holdout69 commissioned before its misses were read,
# holdout68 unread); holdout68 in the sixty-seventh, once scored untouched at the end of the
# sixty-sixth (holdout70 commissioned before its misses were read, holdout69 unread); holdout69 in the
# sixty-eighth, once scored untouched at the end of the sixty-seventh (holdout71 commissioned before its
# misses were read, holdout70 unread); holdout70 in the sixty-ninth, once scored untouched at the end of
# the sixty-eighth (holdout72 commissioned before its misses were read, holdout71 unread); holdout71 in
# the seventieth, once scored untouched at the end of the sixty-ninth (holdout73 commissioned before its
# misses were read, holdout72 unread); holdout72 in the seventy-first, once scored untouched at the end
# of the seventieth (holdout74 commissioned before its misses were read, holdout73 unread); holdout73 in
# the seventy-second, once scored untouched at the end of the seventy-first (holdout75 commissioned
# before its misses were read, holdout74 unread); holdout74 in the seventy-third, once scored untouched
# at the end of the seventy-second (holdout76 commissioned before its misses were read, holdout75 unread);
# holdout75 in the seventy-fourth, once scored untouched at the end of the seventy-third (holdout77
# commissioned before its misses were read, holdout76 unread); holdout76 in the seventy-fifth, once
# scored untouched at the end of the seventy-fourth (holdout78 commissioned before its misses were read,
# holdout77 unread); holdout77 in the seventy-sixth, once scored untouched at the end of the seventy-fifth
# (holdout79 commissioned before its misses were read, holdout78 unread); holdout78 in the seventy-seventh,
# once scored untouched at the end of the seventy-sixth (holdout80 commissioned before its misses were
# read, holdout79 unread); holdout79 in the seventy-eighth, once scored untouched at the end of the
# seventy-seventh (holdout81 commissioned before its misses were read, holdout80 unread); holdout80 in the
# seventy-ninth, once scored untouched at the end of the seventy-eighth (holdout82 commissioned before its
# misses were read, holdout81 unread); holdout81 in the eightieth, once scored untouched at the end of the
# seventy-ninth (holdout83 commissioned before its misses were read, holdout82 unread); holdout82 in the
# eighty-first, once scored untouched at the end of the eightieth (holdout84 commissioned before its
# misses were read, holdout83 unread); holdout83 in the eighty-second, once scored untouched at the end of
# the eighty-first (holdout85 commissioned before its misses were read, holdout84 unread); holdout84 in the
# eighty-third, once scored untouched at the end of the eighty-second (holdout86 commissioned before its
# misses were read, holdout85 unread); holdout85 in the eighty-fourth, once scored untouched at the end of
# the eighty-third (holdout87 commissioned before its misses were read, holdout86 unread); holdout86 in
# the eighty-fifth, once scored untouched at the end of the eighty-fourth (holdout88 commissioned before its
# misses were read, holdout87 unread); holdout87 in the eighty-sixth, once scored untouched at the end of
# the eighty-fifth (holdout89 commissioned before its misses were read, holdout88 unread); holdout88 in
# the eighty-seventh, once scored untouched at the end of the eighty-sixth (holdout90 commissioned before
# its misses were read, holdout89 unread); holdout89 in the eighty-eighth, once scored untouched at the
# end of the eighty-seventh (holdout91 commissioned before its misses were read, holdout90 unread);
# holdout90 in the eighty-ninth, once scored untouched at the end of the eighty-eighth (holdout92
# commissioned before its misses were read, holdout91 unread); holdout91 in the ninetieth, once scored
# untouched at the end of the eighty-ninth (holdout93 commissioned before its misses were read, holdout92
# unread); holdout92 in the ninety-first, once scored untouched at the end of the ninetieth (holdout94
# commissioned before its misses were read, holdout93 unread); holdout93 in the ninety-second, once scored
# untouched at the end of the ninety-first (holdout95 commissioned before its misses were read, holdout94
# unread); holdout94 in the ninety-third, once scored untouched at the end of the ninety-second (holdout96
# commissioned before its misses were read, holdout95 unread); holdout95 in the ninety-fourth, once scored
# untouched at the end of the ninety-third (holdout97 commissioned before its misses were read, holdout96
# unread); holdout96 in the ninety-fifth, once scored untouched at the end of the ninety-fourth (holdout98
# commissioned before its misses were read, holdout97 unread); holdout97 in the ninety-sixth, once scored
# untouched at the end of the ninety-fifth (holdout99 commissioned before its misses were read, holdout98
# unread); holdout98 in the ninety-seventh, once scored untouched at the end of the ninety-sixth (holdout100
# commissioned before its misses were read, holdout99 unread).
RETIRED = (
    "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
    "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
    "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23",
    "holdout24", "holdout25", "holdout26", "holdout27", "holdout28",
    "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35",
    "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41", "holdout42",
    "holdout43", "holdout44", "holdout45", "holdout46", "holdout47", "holdout48", "holdout49",
    "holdout50", "holdout51", "holdout52", "holdout53", "holdout54",
    "holdout55", "holdout56", "holdout57", "holdout58", "holdout59", "holdout60",
    "holdout61", "holdout62", "holdout63", "holdout64", "holdout65",
    "holdout66", "holdout67", "holdout68", "holdout69", "holdout70", "holdout71", "holdout72",
    "holdout73", "holdout74", "holdout75", "holdout76", "holdout77", "holdout78",
    "holdout79", "holdout80", "holdout81", "holdout82", "holdout83", "holdout84",
    "holdout85", "holdout86", "holdout87", "holdout88", "holdout89", "holdout90",
    "holdout91", "holdout92", "holdout93", "holdout94", "holdout95",
    "holdout96", "holdout97", "holdout98",
)  # fmt: skip


def score_real(files: list[dict], catalog, dev_misses: bool = False) -> dict[tuple[str, ...], dict]:
    """Figures per group: (split,), (split, lang) and (split, headline|detail).

    Misses are printed only for development files and retired held-out parts; the held-out files
    are scored, never shown."""
    headline = headline_names(catalog)
    # per group: predicted, of them correct, labelled, of them found, files
    tally: dict[tuple[str, ...], list[int]] = {}

    def add(key: tuple[str, ...], *counts: int) -> None:
        row = tally.setdefault(key, [0, 0, 0, 0, 0])
        for i, n in enumerate(counts):
            row[i] += n

    for case in files:
        split, lang = case["split"], case["lang"]
        truth, guess = _truth(case), predict(case, catalog)
        judged, missed = match(truth, guess, catalog)
        hits = sum(ok for _, _, ok in judged)
        for key in ((split,), (split, lang)):
            add(key, len(guess), hits, len(truth), hits, 1)

        def kind(name: str, split: str = split) -> tuple[str, str]:
            return (split, "headline" if _is_headline(name, catalog, headline) else "detail")

        for p, m, ok in judged:
            add(kind((m or p).indicator), 1, ok)
        for e in truth:
            add(kind(e.indicator), 0, 0, 1, int(any(ok and m is e for _, m, ok in judged)))
        if dev_misses and (split == "dev" or split in RETIRED):
            _print_misses(case, judged, missed)
    results = {}
    order = {"dev": 0, "holdout": 1, **{f"holdout{n}": n for n in range(2, 101)}}
    order.update(zh=101, en=102, headline=103, detail=104)
    for key, (predicted, right, expected, found, n) in sorted(
        tally.items(), key=lambda kv: [order.get(k, 105) for k in kv[0]]
    ):
        results[key] = _figures(predicted, expected, right, n)
        results[key]["recall"] = found / expected if expected else 1.0
        results[key]["found"] = found
    return results


def print_real(results: dict[tuple[str, ...], dict]) -> None:
    print("\nreal/ (published bulletins; holdout is the honest figure, scored only, never studied)")
    for key, r in results.items():
        label = " / ".join(key)
        print(
            f"  {label:<20} precision {r['precision']:6.1%} ({r['correct']}/{r['predicted']})"
            f"  recall {r['recall']:6.1%} ({r['found']}/{r['expected']})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    parser.add_argument("--lang", choices=["zh", "en"], help="only cases in one language")
    parser.add_argument("--set", choices=sorted([*SETS, "real"]), help="only one labelled set")
    parser.add_argument(
        "--real-dev-misses",
        action="store_true",
        help="list the misses on the real development files (and retired held-out parts) only",
    )
    parser.add_argument(
        "--name-mismatches",
        action="store_true",
        help="list development rows read right under another name than the label's",
    )
    parser.add_argument(
        "--folder", help="score only one folder of real/ (e.g. dev3, to read a new set's untouched figure)"
    )
    args = parser.parse_args(argv)
    catalog, _ = load_catalog(None)
    if args.set in (None, "real") or args.real_dev_misses or args.name_mismatches:
        files = [f for f in load_real(only=args.folder) if args.lang is None or f["lang"] == args.lang]
        if args.name_mismatches:
            for case_id, read, labelled in name_mismatches(files, catalog):
                print(f"{case_id:<48} read {read}  labelled {labelled}")
            return 0
        print_real(score_real(files, catalog, dev_misses=args.real_dev_misses))
        if args.set == "real" or args.real_dev_misses:
            return 0
    for name, what in SETS.items():
        path = FOLDER / f"{name}.yaml"
        if (args.set and name != args.set) or not path.is_file():
            continue
        cases = [c for c in load_cases(path) if args.lang is None or c["lang"] == args.lang]
        started = time.perf_counter()
        result = score(cases, catalog, args.verbose, changes=name == "changes")
        elapsed = time.perf_counter() - started
        correct = result["correct"]
        print(f"\n{name}.yaml ({what}): {result['cases']} cases, {result['expected']} labelled rows")
        print(
            f"  precision {result['precision']:.1%}  ({correct}/{result['predicted']} predicted rows correct)"
        )
        print(f"  recall    {result['recall']:.1%}  ({correct}/{result['expected']} labelled rows found)")
        print(f"  F1        {result['f1']:.3f}")
        print(f"  time      {elapsed * 1000 / max(1, result['cases']):.2f} ms per case")
    return 0


if __name__ == "__main__":
    sys.exit(main())
