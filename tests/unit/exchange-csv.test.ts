import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvRecords, separatorOf } from '../../src/exchange/csv.js';

const read = async (chunks: string[]) => {
  const out: { record: Record<string, string>; line: number }[] = [];
  for await (const { record, line } of csvRecords(Readable.from(chunks.map((c) => Buffer.from(c))))) out.push({ record, line });
  return out;
};

describe('the separator of a CSV file', () => {
  it('is read off the header line: comma, semicolon or tab, outside quotes; a comma when in doubt', () => {
    expect(separatorOf('event_id_cnty,event_date,notes')).toBe(',');
    expect(separatorOf('event_id_cnty;event_date;notes')).toBe(';');
    expect(separatorOf('event_id_cnty\tevent_date\tnotes')).toBe('\t');
    expect(separatorOf('"id;x",date,notes')).toBe(',');
    expect(separatorOf('id')).toBe(',');
    expect(separatorOf('a;b,c')).toBe(',');
  });

  it('splits the rows of a semicolon file, whose unquoted commas belong to a field, with a header read across chunks', async () => {
    const rows = await read(['\uFEFFid;no', 'tes;fatalities\r\n1;Gunmen, said to be ISIS, attacked;2\r\n', '2;"a ""quoted"" word; and more";0\r\n']);
    expect(rows).toEqual([
      { record: { id: '1', notes: 'Gunmen, said to be ISIS, attacked', fatalities: '2' }, line: 2 },
      { record: { id: '2', notes: 'a "quoted" word; and more', fatalities: '0' }, line: 3 },
    ]);
  });

  it('reads tab-separated text, and a comma file whose fields hold semicolons', async () => {
    expect(await read(['id\tnotes\n7\tone, two; three\n'])).toEqual([{ record: { id: '7', notes: 'one, two; three' }, line: 2 }]);
    expect(await read(['id,notes\n8,one; two\n'])).toEqual([{ record: { id: '8', notes: 'one; two' }, line: 2 }]);
  });

  it('stops reading and closes the input when the reader stops early', async () => {
    let produced = 0;
    let closed = false;
    async function* input() {
      try {
        yield 'id,notes\n';
        for (; produced < 100_000; produced++) yield `${produced},x\n`;
      } finally {
        closed = true;
      }
    }
    for await (const _ of csvRecords(input())) break;
    expect(closed).toBe(true);
    expect(produced).toBeLessThan(10_000);
  });
});
