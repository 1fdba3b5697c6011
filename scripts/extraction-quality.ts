/**
 * Extraction quality report: runs the article extractor over annotated articles and scores each
 * against its hand annotation (matching rules in src/extract/quality.ts), per evaluation set
 * (src/extract/quality-report.ts): per category, per event sub-fact, per field, event misses and
 * extras by the stage that lost them (EVENT_ERRORS), and cross-outlet merges replayed through the
 * writer's decision (src/extract/quality-merges.ts).
 *
 *   npm run quality -- [--set seed|dev|dev2|dev3|dev4|dev5|dev6|blind|all[,...]] [--verbose] [--only TEXT] [--json]
 *   npm run quality -- [--expected DIR] [--verbose] [--json] PATH...
 *
 * Sets (tests/corpus/README.md):
 *   seed   the sample articles in seed/articles (annotations in tests/fixtures/expected)
 *   dev    the development set: the sample articles and tests/corpus/dev
 *   dev2   the second development set, tests/corpus/dev2 (new voices, written after the rules)
 *   dev3   the third development set, tests/corpus/dev3 (communiqués, cross-border claims, round-ups, briefs)
 *   dev4   the fourth development set, tests/corpus/dev4 (places outside the gazetteer, acting sides, multi-incident articles)
 *   dev5   the fifth development set, tests/corpus/dev5 (the blind set's genres and phenomena on other incidents)
 *   dev6   the sixth development set, tests/corpus/dev6 (the blind rows dev5 did not mirror, on other incidents)
 *   dev7   the seventh development set, tests/corpus/dev7 (the first 16 blind rows again, on 2017-2018 incidents)
 *   dev8   the eighth development set, tests/corpus/dev8 (the last 16 blind rows again, on 2025 incidents)
 *   dev9   the ninth development set, tests/corpus/dev9 (the first 16 blind rows again, on July, August and October 2026 incidents)
 *   dev10  the tenth development set, tests/corpus/dev10 (the last 16 blind rows again, on September and November 2026 incidents)
 *   dev11  the eleventh development set, tests/corpus/dev11 (the first 16 blind rows again, on 2015-2016 incidents, in more varied wording)
 *   dev12  the twelfth development set, tests/corpus/dev12 (the last 16 blind rows again, on July-December 2024 incidents, in more varied wording)
 *   dev13  the thirteenth development set, tests/corpus/dev13 (the odd blind rows again, on 2017 and 2019 incidents, in more varied wording)
 *   dev14  the fourteenth development set, tests/corpus/dev14 (the even blind rows again, on 2018 and January-June 2024 incidents, in more varied wording)
 *   dev15  the fifteenth development set, tests/corpus/dev15 (the odd blind rows again, on May-December 2020, 2021 and January-June 2026 incidents; a holdout until 2026-12-05, then opened for a round)
 *   dev16  the sixteenth development set, tests/corpus/dev16 (13 of the odd blind rows again, on 2016 and July-November 2025 incidents, in varied wording)
 *   dev17  the seventeenth development set, tests/corpus/dev17 (13 of the even blind rows, on July-November 2026 and November 2015 incidents, in more varied wording)
 *   dev18  the eighteenth development set, tests/corpus/dev18 (14 of the odd blind rows, on October 2014 and January-June 2025 incidents, in more varied wording)
 *   dev19  the nineteenth development set, tests/corpus/dev19 (13 of the even blind rows, on 2012-2013 and July-October 2024 incidents, in more varied wording)
 *   dev20  the twentieth development set, tests/corpus/dev20 (14 of the odd blind rows, on 2010-2011 and August-December 2023 incidents; a holdout until 2026-12-01, then opened for a round)
 *   dev21  the twenty-first set, tests/corpus/dev21 (13 of the even blind rows, on January-July 2014 and January-June 2023 incidents; a holdout until 2026-12-05, then opened for a round)
 *   dev22  tests/corpus/dev22 (10 of the odd blind rows, on 2006-2007 incidents; a holdout until 2026-12-05, then opened for a round)
 *   dev23  tests/corpus/dev23, a development set (10 of the even blind rows, on 2008-2009 incidents; a holdout until 2026-12-02, then opened for a round)
 *   dev24  tests/corpus/dev24, a development set (opened after its first scoring as a holdout; 12 articles on 2010-2011 incidents, written 2026-12-02)
 *   dev25  tests/corpus/dev25, a development set (opened after its first scoring as a holdout; 12 articles on 2012-2013 incidents, written 2026-12-02)
 *   dev26  tests/corpus/dev26, a development set (opened after its first scoring as a holdout; 12 articles on May-December 2014 incidents, written 2026-12-02)
 *   dev27  tests/corpus/dev27, a development set (opened after its first scoring as a holdout; 12 articles on 2015-2016 incidents, written 2026-12-02)
 *   dev28  tests/corpus/dev28, a development set (12 articles on 2017-2018 incidents, written 2026-12-02; a holdout until the evening of 2026-12-02, then opened for a round)
 *   dev29  tests/corpus/dev29, a development set (12 articles on 2019-2021 incidents, written 2026-12-02; a holdout until the evening of 2026-12-02, then opened for a round)
 *   dev30  tests/corpus/dev30, a development set (12 articles on 2022-2025 incidents, written 2026-12-02; a holdout until 2026-12-03, then opened for a round)
 *   dev31  tests/corpus/dev31, a development set (12 articles on 2003-2004 incidents, written 2026-12-02; a holdout until 2026-12-03, then opened for a round)
 *   dev32  tests/corpus/dev32, a development set (12 articles on 2005 incidents, written 2026-12-02; a holdout until 2026-12-04, then opened for a round)
 *   dev33  tests/corpus/dev33, a holdout (12 articles on 2023-2024 incidents, written 2026-12-02; score by totals at milestones only)
 *   dev34  tests/corpus/dev34, a holdout (12 articles on January-November 2026 incidents, written 2026-12-02; score by totals at milestones only)
 *   dev35  tests/corpus/dev35, a holdout (12 articles on 2006-2009 incidents, written 2026-12-02; score by totals at milestones only)
 *   dev36  tests/corpus/dev36, a development set (12 articles on 2016-2018 incidents, written 2026-12-02; a holdout until the evening of 2026-12-03, then opened for a round)
 *   dev37  tests/corpus/dev37, a development set (12 articles on 2020-2022 incidents, written 2026-12-02; a holdout until the evening of 2026-12-03, then opened for a round)
 *   dev38  tests/corpus/dev38, a development set (opened after its first scoring as a holdout; 12 articles on Sinjar and the Nineveh Plains, 2015-2024, written 2026-12-02)
 *   dev39  tests/corpus/dev39, a development set (opened after its first scoring as a holdout; 12 articles on Kirkuk and the disputed territories, 2017-2025, written 2026-12-02)
 *   dev40  tests/corpus/dev40, a development set (opened after its first scoring as a holdout; 12 articles on Basra, Maysan and Dhi Qar, 2018-2025, written 2026-12-02)
 *   dev41  tests/corpus/dev41, a development set (12 articles on Anbar and the western desert, 2014-2024, written 2026-12-02; a holdout until 2026-12-04, then opened for a round)
 *   dev42  tests/corpus/dev42, a holdout (12 articles on Diyala and Salahuddin, 2018-2025, written 2026-12-02; score by totals at milestones only)
 *   dev43  tests/corpus/dev43, a development set (12 articles on the Kurdistan Region's borders, 2018-2025, written 2026-12-02; a holdout until 2026-12-04, then opened for a round)
 *   dev44  tests/corpus/dev44, a development set (12 articles on Baghdad, Babil, Wasit, Karbala and Najaf, 2013-2025, written 2026-12-02; a holdout until 2026-12-04, then opened for a round)
 *   dev45  tests/corpus/dev45, a holdout (12 articles on Mosul, Tal Afar, Qayyarah, Baiji, Samarra, Tikrit and Tuz Khurmatu, 2014-2025, written 2026-12-02; score by totals at milestones only)
 *   dev46  tests/corpus/dev46, a holdout (15 articles on Baghdad's belts and the mid-Euphrates, 2016-2026, written 2026-12-03; a holdout until 2026-12-04, then opened for a round)
 *   dev47  tests/corpus/dev47, a development set (15 articles in the genres the corpus had least of: UN, NGO, court, parliament, live updates, JOC, KRSC, governor; 2016-2026, written 2026-12-03; a holdout until 2026-12-04, then opened for a round)
 *   dev48  tests/corpus/dev48, a holdout (12 articles on Turkish and Iranian strikes and the PKK in the Kurdistan Region's border mountains, 2019-2025, written 2026-12-03; score by totals at milestones only)
 *   dev49  tests/corpus/dev49, a holdout (12 articles on armed factions and foreign forces: rockets and drones on bases, US strikes on the PMF, convoy bombs, 2019-2024, written 2026-12-03; score by totals at milestones only)
 *   dev50  tests/corpus/dev50, a holdout (12 articles on ISIS remnants in Hamrin, Mutaibija, Tarmiyah, Jalawla and the Anbar desert, 2021, written 2026-12-03; score by totals at milestones only)
 *   dev51  tests/corpus/dev51, a holdout (12 articles on violence around the November 2025 election campaign, written 2026-12-03; score by totals at milestones only)
 *   dev52  tests/corpus/dev52, a development set (12 articles on protests, their repression and violence against activists and journalists, 2019-2025, written 2026-12-04; opened after its first scoring as a holdout)
 *   dev53  tests/corpus/dev53, a holdout (12 articles on Nineveh outside Sinjar: ISIS cells, IEDs, strikes, arrests and checkpoint disputes, 2019-2025, written 2026-12-04; score by totals at milestones only)
 *   dev54  tests/corpus/dev54, a holdout (12 articles on protests and violence against activists and journalists in other places and years than dev52's, 2017-2020, written 2026-12-04; score by totals at milestones only)
 *   dev55  tests/corpus/dev55, a holdout (12 articles on attacks on energy and infrastructure: pipelines, pylons, gas fields, refineries; 2004-2025, written 2026-12-04; score by totals at milestones only)
 *   dev56  tests/corpus/dev56, a holdout (12 articles on unexploded ordnance, kidnappings, assassinations and tribal feuds; 2009-2023, written 2026-12-04; score by totals at milestones only)
 *   dev57  tests/corpus/dev57, a holdout (12 articles on minorities, prisons and justice: churches, Shabak villages, prison assaults, checkpoints; 2007-2025, written 2026-12-04; score by totals at milestones only)
 *   dev58  tests/corpus/dev58, a holdout (12 of the odd blind rows again, on 2013 and March-October 2022 incidents, written 2026-12-05; score by totals at milestones only)
 *   dev59  tests/corpus/dev59, a holdout (12 of the even blind rows again, on 2016 and January-June 2019 incidents, written 2026-12-05; score by totals at milestones only)
 *   dev60  tests/corpus/dev60, a holdout (12 articles on mass-casualty bombings in Baghdad and Babil, 2005-2021, written 2026-12-05; score by totals at milestones only)
 *   dev61  tests/corpus/dev61, a development set (12 articles on the battle for Mosul, 2016-2018, written 2026-12-05; a holdout until the afternoon of 2026-12-05, then opened for a round)
 *   dev62  tests/corpus/dev62, a holdout (12 articles on Kirkuk and the disputed territories, October 2017 to September 2020, written 2026-12-05; score by totals at milestones only)
 *   dev63  tests/corpus/dev63, a holdout (12 articles on Salahuddin and the Tigris valley, 2014-2015 and 2021-2023, written 2026-12-05; score by totals at milestones only)
 *   dev64  tests/corpus/dev64, a development set (12 articles on Anbar and the Euphrates valley, 2015-2016 and 2019-2020, written 2026-12-05; a holdout until the afternoon of 2026-12-05, then opened for a round)
 *   dev65  tests/corpus/dev65, a holdout (12 articles on Diyala, 2014-2016, written 2026-12-05; score by totals at milestones only)
 *   dev66  tests/corpus/dev66, a holdout (12 articles on Basra, Maysan and the south, 2004-2008, written 2026-12-05; score by totals at milestones only)
 *   dev67  tests/corpus/dev67, a holdout (12 articles of battle and operation reporting against ISIS outside Mosul and Anbar, 2014-2017, written 2026-12-05; score by totals at milestones only)
 *   dev68  tests/corpus/dev68, a holdout (12 articles of counter-insurgency operations reporting, 2019-2025, written 2026-12-05; score by totals at milestones only)
 *   blind  tests/corpus/blind: totals only, whatever the options (never per article or per miss:
 *          the blind set must not be used to write or tune rules)
 *   all    every set above but seed (whose articles dev holds), each reported on its own (the default)
 * With paths, those articles are scored against the annotations in --expected DIR.
 *
 * Exit code: 0 (it is a report), 2 when a file cannot be read or an option is wrong.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { extractArticle, Gazetteer } from '../src/extract/index.js';
import { parseExpected, scoreArticle } from '../src/extract/quality.js';
import { scoreMerges, type CorpusArticle } from '../src/extract/quality-merges.js';
import { formatSetReport, setSummary, type SetReport } from '../src/extract/quality-report.js';
import type { EntityInput, ImportBatch } from '../src/import/format.js';
import { articleFiles, collectFiles } from '../src/seed/seed.js';
import { combineBatches, readStructuredFile } from '../src/seed/structured.js';
import { parseCommand } from '../src/cli/args.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface EvaluationSet {
  name: string;
  blind: boolean;
  /** [articles folder, annotations folder] pairs, relative to the repository. */
  folders: [articles: string, expected: string][];
}

const SEED: [string, string] = ['seed/articles', 'tests/fixtures/expected'];
const SETS: Record<string, EvaluationSet> = {
  seed: { name: 'seed (sample articles)', blind: false, folders: [SEED] },
  dev: { name: 'development (seed + tests/corpus/dev)', blind: false, folders: [SEED, ['tests/corpus/dev/articles', 'tests/corpus/dev/expected']] },
  dev2: { name: 'development 2 (tests/corpus/dev2)', blind: false, folders: [['tests/corpus/dev2/articles', 'tests/corpus/dev2/expected']] },
  dev3: { name: 'development 3 (tests/corpus/dev3)', blind: false, folders: [['tests/corpus/dev3/articles', 'tests/corpus/dev3/expected']] },
  dev4: { name: 'development 4 (tests/corpus/dev4)', blind: false, folders: [['tests/corpus/dev4/articles', 'tests/corpus/dev4/expected']] },
  dev5: { name: 'development 5 (tests/corpus/dev5)', blind: false, folders: [['tests/corpus/dev5/articles', 'tests/corpus/dev5/expected']] },
  dev6: { name: 'development 6 (tests/corpus/dev6)', blind: false, folders: [['tests/corpus/dev6/articles', 'tests/corpus/dev6/expected']] },
  dev7: { name: 'development 7 (tests/corpus/dev7)', blind: false, folders: [['tests/corpus/dev7/articles', 'tests/corpus/dev7/expected']] },
  dev8: { name: 'development 8 (tests/corpus/dev8)', blind: false, folders: [['tests/corpus/dev8/articles', 'tests/corpus/dev8/expected']] },
  dev9: { name: 'development 9 (tests/corpus/dev9)', blind: false, folders: [['tests/corpus/dev9/articles', 'tests/corpus/dev9/expected']] },
  dev10: { name: 'development 10 (tests/corpus/dev10)', blind: false, folders: [['tests/corpus/dev10/articles', 'tests/corpus/dev10/expected']] },
  dev11: { name: 'development 11 (tests/corpus/dev11)', blind: false, folders: [['tests/corpus/dev11/articles', 'tests/corpus/dev11/expected']] },
  dev12: { name: 'development 12 (tests/corpus/dev12)', blind: false, folders: [['tests/corpus/dev12/articles', 'tests/corpus/dev12/expected']] },
  dev13: { name: 'development 13 (tests/corpus/dev13)', blind: false, folders: [['tests/corpus/dev13/articles', 'tests/corpus/dev13/expected']] },
  dev14: { name: 'development 14 (tests/corpus/dev14)', blind: false, folders: [['tests/corpus/dev14/articles', 'tests/corpus/dev14/expected']] },
  dev15: { name: 'development 15 (tests/corpus/dev15)', blind: false, folders: [['tests/corpus/dev15/articles', 'tests/corpus/dev15/expected']] },
  dev16: { name: 'development 16 (tests/corpus/dev16)', blind: false, folders: [['tests/corpus/dev16/articles', 'tests/corpus/dev16/expected']] },
  dev17: { name: 'development 17 (tests/corpus/dev17)', blind: false, folders: [['tests/corpus/dev17/articles', 'tests/corpus/dev17/expected']] },
  dev18: { name: 'development 18 (tests/corpus/dev18)', blind: false, folders: [['tests/corpus/dev18/articles', 'tests/corpus/dev18/expected']] },
  dev19: { name: 'development 19 (tests/corpus/dev19)', blind: false, folders: [['tests/corpus/dev19/articles', 'tests/corpus/dev19/expected']] },
  dev20: { name: 'development 20 (tests/corpus/dev20, a holdout until 2026-12-01)', blind: false, folders: [['tests/corpus/dev20/articles', 'tests/corpus/dev20/expected']] },
  dev21: { name: 'development 21 (tests/corpus/dev21)', blind: false, folders: [['tests/corpus/dev21/articles', 'tests/corpus/dev21/expected']] },
  dev22: { name: 'development 22 (tests/corpus/dev22)', blind: false, folders: [['tests/corpus/dev22/articles', 'tests/corpus/dev22/expected']] },
  dev23: { name: 'development 23 (tests/corpus/dev23, a holdout until 2026-12-02)', blind: false, folders: [['tests/corpus/dev23/articles', 'tests/corpus/dev23/expected']] },
  dev24: { name: 'development 24 (tests/corpus/dev24, a holdout when written; opened 2026-12-02 after one scoring)', blind: false, folders: [['tests/corpus/dev24/articles', 'tests/corpus/dev24/expected']] },
  dev25: { name: 'development 25 (tests/corpus/dev25, a holdout when written; opened 2026-12-02 after one scoring)', blind: false, folders: [['tests/corpus/dev25/articles', 'tests/corpus/dev25/expected']] },
  dev26: { name: 'development 26 (tests/corpus/dev26, a holdout when written; opened 2026-12-02 after one scoring)', blind: false, folders: [['tests/corpus/dev26/articles', 'tests/corpus/dev26/expected']] },
  dev27: { name: 'development 27 (tests/corpus/dev27, a holdout when written; opened 2026-12-02 after one scoring)', blind: false, folders: [['tests/corpus/dev27/articles', 'tests/corpus/dev27/expected']] },
  dev28: { name: 'development 28 (tests/corpus/dev28, a holdout until 2026-12-02)', blind: false, folders: [['tests/corpus/dev28/articles', 'tests/corpus/dev28/expected']] },
  dev29: { name: 'development 29 (tests/corpus/dev29, a holdout until 2026-12-02)', blind: false, folders: [['tests/corpus/dev29/articles', 'tests/corpus/dev29/expected']] },
  dev30: { name: 'development 30 (tests/corpus/dev30, a holdout until 2026-12-03)', blind: false, folders: [['tests/corpus/dev30/articles', 'tests/corpus/dev30/expected']] },
  dev31: { name: 'development 31 (tests/corpus/dev31, a holdout until 2026-12-03)', blind: false, folders: [['tests/corpus/dev31/articles', 'tests/corpus/dev31/expected']] },
  dev32: { name: 'development 32 (tests/corpus/dev32, a holdout until 2026-12-04)', blind: false, folders: [['tests/corpus/dev32/articles', 'tests/corpus/dev32/expected']] },
  dev33: { name: 'holdout 33 (tests/corpus/dev33)', blind: true, folders: [['tests/corpus/dev33/articles', 'tests/corpus/dev33/expected']] },
  dev34: { name: 'holdout 34 (tests/corpus/dev34)', blind: true, folders: [['tests/corpus/dev34/articles', 'tests/corpus/dev34/expected']] },
  dev35: { name: 'holdout 35 (tests/corpus/dev35)', blind: true, folders: [['tests/corpus/dev35/articles', 'tests/corpus/dev35/expected']] },
  dev36: { name: 'development 36 (tests/corpus/dev36, a holdout until 2026-12-03)', blind: false, folders: [['tests/corpus/dev36/articles', 'tests/corpus/dev36/expected']] },
  dev37: { name: 'development 37 (tests/corpus/dev37, a holdout until 2026-12-03)', blind: false, folders: [['tests/corpus/dev37/articles', 'tests/corpus/dev37/expected']] },
  dev38: { name: 'development 38 (tests/corpus/dev38, a holdout when written; opened 2026-12-02 after one scoring)', blind: false, folders: [['tests/corpus/dev38/articles', 'tests/corpus/dev38/expected']] },
  dev39: { name: 'development 39 (tests/corpus/dev39, a holdout when written; opened 2026-12-02 after one scoring)', blind: false, folders: [['tests/corpus/dev39/articles', 'tests/corpus/dev39/expected']] },
  dev40: { name: 'development 40 (tests/corpus/dev40, a holdout when written; opened 2026-12-02 after one scoring)', blind: false, folders: [['tests/corpus/dev40/articles', 'tests/corpus/dev40/expected']] },
  dev41: { name: 'development 41 (tests/corpus/dev41, a holdout until 2026-12-04)', blind: false, folders: [['tests/corpus/dev41/articles', 'tests/corpus/dev41/expected']] },
  dev42: { name: 'holdout 42 (tests/corpus/dev42)', blind: true, folders: [['tests/corpus/dev42/articles', 'tests/corpus/dev42/expected']] },
  dev43: { name: 'development 43 (tests/corpus/dev43, a holdout until 2026-12-04)', blind: false, folders: [['tests/corpus/dev43/articles', 'tests/corpus/dev43/expected']] },
  dev44: { name: 'development 44 (tests/corpus/dev44, a holdout until 2026-12-04)', blind: false, folders: [['tests/corpus/dev44/articles', 'tests/corpus/dev44/expected']] },
  dev45: { name: 'holdout 45 (tests/corpus/dev45)', blind: true, folders: [['tests/corpus/dev45/articles', 'tests/corpus/dev45/expected']] },
  dev46: { name: 'holdout 46 (tests/corpus/dev46)', blind: true, folders: [['tests/corpus/dev46/articles', 'tests/corpus/dev46/expected']] },
  dev47: { name: 'development 47 (tests/corpus/dev47, a holdout until 2026-12-04)', blind: false, folders: [['tests/corpus/dev47/articles', 'tests/corpus/dev47/expected']] },
  dev48: { name: 'holdout 48 (tests/corpus/dev48)', blind: true, folders: [['tests/corpus/dev48/articles', 'tests/corpus/dev48/expected']] },
  dev49: { name: 'holdout 49 (tests/corpus/dev49)', blind: true, folders: [['tests/corpus/dev49/articles', 'tests/corpus/dev49/expected']] },
  dev50: { name: 'holdout 50 (tests/corpus/dev50)', blind: true, folders: [['tests/corpus/dev50/articles', 'tests/corpus/dev50/expected']] },
  dev51: { name: 'holdout 51 (tests/corpus/dev51)', blind: true, folders: [['tests/corpus/dev51/articles', 'tests/corpus/dev51/expected']] },
  dev52: { name: 'development 52 (tests/corpus/dev52, opened after its first scoring as a holdout)', blind: false, folders: [['tests/corpus/dev52/articles', 'tests/corpus/dev52/expected']] },
  dev53: { name: 'holdout 53 (tests/corpus/dev53)', blind: true, folders: [['tests/corpus/dev53/articles', 'tests/corpus/dev53/expected']] },
  dev54: { name: 'holdout 54 (tests/corpus/dev54)', blind: true, folders: [['tests/corpus/dev54/articles', 'tests/corpus/dev54/expected']] },
  dev55: { name: 'holdout 55 (tests/corpus/dev55)', blind: true, folders: [['tests/corpus/dev55/articles', 'tests/corpus/dev55/expected']] },
  dev56: { name: 'holdout 56 (tests/corpus/dev56)', blind: true, folders: [['tests/corpus/dev56/articles', 'tests/corpus/dev56/expected']] },
  dev57: { name: 'holdout 57 (tests/corpus/dev57)', blind: true, folders: [['tests/corpus/dev57/articles', 'tests/corpus/dev57/expected']] },
  dev58: { name: 'holdout 58 (tests/corpus/dev58)', blind: true, folders: [['tests/corpus/dev58/articles', 'tests/corpus/dev58/expected']] },
  dev59: { name: 'holdout 59 (tests/corpus/dev59)', blind: true, folders: [['tests/corpus/dev59/articles', 'tests/corpus/dev59/expected']] },
  dev60: { name: 'holdout 60 (tests/corpus/dev60)', blind: true, folders: [['tests/corpus/dev60/articles', 'tests/corpus/dev60/expected']] },
  dev61: { name: 'development 61 (tests/corpus/dev61)', blind: false, folders: [['tests/corpus/dev61/articles', 'tests/corpus/dev61/expected']] },
  dev62: { name: 'holdout 62 (tests/corpus/dev62)', blind: true, folders: [['tests/corpus/dev62/articles', 'tests/corpus/dev62/expected']] },
  dev63: { name: 'holdout 63 (tests/corpus/dev63)', blind: true, folders: [['tests/corpus/dev63/articles', 'tests/corpus/dev63/expected']] },
  dev64: { name: 'development 64 (tests/corpus/dev64)', blind: false, folders: [['tests/corpus/dev64/articles', 'tests/corpus/dev64/expected']] },
  dev65: { name: 'holdout 65 (tests/corpus/dev65)', blind: true, folders: [['tests/corpus/dev65/articles', 'tests/corpus/dev65/expected']] },
  dev66: { name: 'holdout 66 (tests/corpus/dev66)', blind: true, folders: [['tests/corpus/dev66/articles', 'tests/corpus/dev66/expected']] },
  dev67: { name: 'holdout 67 (tests/corpus/dev67)', blind: true, folders: [['tests/corpus/dev67/articles', 'tests/corpus/dev67/expected']] },
  dev68: { name: 'holdout 68 (tests/corpus/dev68)', blind: true, folders: [['tests/corpus/dev68/articles', 'tests/corpus/dev68/expected']] },
  blind: { name: 'blind (tests/corpus/blind)', blind: true, folders: [['tests/corpus/blind/articles', 'tests/corpus/blind/expected']] },
};

/** Every set but seed, whose articles dev holds already. */
const ALL = Object.keys(SETS).filter((k) => k !== 'seed');
const SET_NAMES = `${Object.keys(SETS).join(', ')} or all`;

function setList(raw: string): string[] {
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean).flatMap((s) => (s === 'all' ? ALL : [s]));
  const unknown = names.find((n) => !SETS[n]);
  if (unknown || !names.length) throw new Error(`must be ${SET_NAMES} (or a comma list), got "${raw}"`);
  return [...new Set(names)];
}

const { values, positionals } = parseCommand({
  name: 'quality',
  usage: [`npm run quality -- [--set ${[...Object.keys(SETS), 'all'].join('|')}] [--verbose] [--only TEXT] [--json]`, 'npm run quality -- [--expected DIR] [--verbose] [--json] PATH...'],
  description: `Runs the article extractor over annotated articles and scores each against its hand
annotation: TP/FP/FN, precision, recall and F1 per category (events, statements, entities,
offices, facts), event sub-facts (perpetrators, targets, casualties), per-field accuracy (incident
found, date, place, type, acting side, statement about/toward) and cross-outlet merges, for each
evaluation set on its own. Sets: seed (seed/articles), dev (seed/articles and tests/corpus/dev),
dev2 (tests/corpus/dev2), dev3 (tests/corpus/dev3), dev4 (tests/corpus/dev4), dev5 (tests/corpus/dev5), dev6 (tests/corpus/dev6), blind (tests/corpus/blind, totals only whatever the options: it must not
be used to write rules), all (${ALL.join(', ')}). With paths, those articles are scored against
the annotations in --expected DIR. Exits 0 (it is a report), 2 when a file cannot be read.`,
  args: { 'PATH...': 'article files or folders to score instead of the sets' },
  options: {
    set: { type: 'string', value: 'SETS', default: 'all', parse: setList, description: `${SET_NAMES}, or a comma list (dev,dev2)` },
    verbose: { type: 'boolean', short: 'v', description: "also list each article's misses and false positives (never for the blind set)" },
    only: { type: 'string', value: 'TEXT', description: 'with --verbose: list only the articles whose file name contains TEXT' },
    json: { type: 'boolean', description: 'print the results as JSON instead of tables' },
    expected: { type: 'string', value: 'DIR', description: 'with paths: folder of the annotations (default: tests/fixtures/expected)' },
  },
  examples: [
    'npm run quality',
    'npm run quality -- --set dev,dev2 --verbose',
    'npm run quality -- --set dev2 --verbose --only reuters',
    'npm run quality -- --verbose seed/articles/2021-12-04-shafaq-makhmour-attack-reactions.txt',
    'npm run quality -- --json > quality.json',
  ],
});

function fail(message: string): never {
  console.error(`quality: ${message}`);
  process.exit(2);
}

async function referenceEntities(): Promise<EntityInput[]> {
  const dir = path.join(ROOT, 'seed/reference');
  const files = (await collectFiles([dir], ['.yaml'])).get(dir) ?? [];
  const batches = [];
  for (const f of files) {
    try {
      batches.push((await readStructuredFile(f)).batch);
    } catch (error) {
      fail(`cannot read reference file ${f}: ${(error as Error).message}`);
    }
  }
  return combineBatches(batches, 'reference').entities;
}

/** Scores article files against the annotations of a folder; articles without one are skipped. */
async function scoreFiles(name: string, blind: boolean, pairs: [files: string[], expectedDir: string][], reference: EntityInput[], gazetteer: Gazetteer): Promise<SetReport & { skipped: string[] }> {
  const articles: CorpusArticle[] = [];
  const skipped: string[] = [];
  for (const [files, expectedDir] of pairs) {
    for (const file of files) {
      const base = path.basename(file).replace(/\.[^.]+$/, '');
      const expectedFile = ['.yaml', '.yml'].map((ext) => path.join(expectedDir, base + ext)).find((f) => existsSync(f));
      if (!expectedFile) {
        skipped.push(blind ? 'a blind article without an annotation' : `${path.basename(file)}: no ${path.relative(ROOT, path.join(expectedDir, `${base}.yaml`))}`);
        continue;
      }
      let text: string;
      let expected;
      try {
        text = await readFile(file, 'utf8');
        expected = parseExpected(parseYaml(await readFile(expectedFile, 'utf8')));
      } catch (error) {
        fail(`cannot read ${blind ? 'a blind file' : `${path.basename(file)} or its annotation`}: ${(error as Error).message}`);
      }
      let batch: ImportBatch;
      try {
        batch = extractArticle(text, gazetteer, { fileName: path.basename(file) }).batch;
      } catch (error) {
        // The extractor refusing or crashing on an article is a result, not a reason to stop: score an empty extraction.
        if (!blind) skipped.push(`${path.basename(file)}: extraction failed (scored as empty): ${(error as Error).message}`);
        batch = { articles: [], entities: [], events: [], statements: [], relationships: [] };
      }
      const score = scoreArticle(expected, batch, reference, { article: path.basename(file) });
      articles.push({ file: path.basename(file), published: expected.published ?? path.basename(file).slice(0, 10), expected, batch, score });
    }
  }
  return { name, blind, scores: articles.map((a) => a.score), merges: scoreMerges(articles, reference), skipped };
}

async function listed(folder: string): Promise<string[]> {
  const dir = path.join(ROOT, folder);
  if (!existsSync(dir)) return [];
  return articleFiles([dir]);
}

const reference = await referenceEntities();
const gazetteer = Gazetteer.fromEntities(reference);
const reports: (SetReport & { skipped: string[] })[] = [];
if (positionals.length) {
  const paths = positionals.map((p) => path.resolve(p));
  let files: string[];
  try {
    files = await articleFiles(paths);
  } catch (error) {
    fail(`cannot list ${paths.join(', ')}: ${(error as Error).message}`);
  }
  const expectedDir = values.expected ? path.resolve(values.expected) : path.join(ROOT, 'tests/fixtures/expected');
  reports.push(await scoreFiles(positionals.join(', '), false, [[files, expectedDir]], reference, gazetteer));
} else {
  if (values.expected) fail('--expected applies to the articles given as paths');
  for (const key of values.set) {
    const set = SETS[key]!;
    const pairs: [string[], string][] = [];
    for (const [articles, expected] of set.folders) pairs.push([await listed(articles), path.join(ROOT, expected)]);
    if (!pairs.some(([files]) => files.length)) {
      reports.push({ name: `${set.name}: no articles yet`, blind: set.blind, scores: [], merges: { same: { merged: 0, total: 0, misses: [] }, different: { apart: 0, total: 0, wrong: [] } }, skipped: [] });
      continue;
    }
    reports.push(await scoreFiles(set.name, set.blind, pairs, reference, gazetteer));
  }
}

if (values.json) {
  console.log(JSON.stringify(reports.map((r) => ({ ...setSummary(r), ...(r.blind ? {} : { skipped: r.skipped }) })), null, 2));
} else {
  const text = reports.map((r) => {
    const body = r.scores.length ? formatSetReport(r, values.verbose && !r.blind, values.only) : `== ${r.name}`;
    return [body, ...r.skipped.map((s) => `skipped ${s}`)].join('\n');
  });
  console.log(text.join('\n\n'));
}
process.exit(0);
