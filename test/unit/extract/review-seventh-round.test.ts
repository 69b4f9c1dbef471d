/**
 * Regressions a read-only reviewer found in the first rules of the seventh round of 7 December
 * 2026, each mended: a short order is no past report, "S/" is a sol only before a sum with cents,
 * a forecast of goods is no ask, a dated arrival stays dated, the writer's own people set no bar on
 * the reader, a plan that must not slip binds no one's work, "because our warehouse is closed"
 * is a closure notice, a loss made is no deliverable, a visit organised is no mere opening. Sent
 * Monday 2 March 2026 in London.
 */
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../../src/extract/money';
import { CLIENT, US, kindsOf } from './helpers';

describe('a short order opening on a verb', () => {
  it.each([
    ['Send updated drawings by Thursday.', '2026-03-05'],
    ['Return signed copies to our office by Friday.', '2026-03-06'],
    ['Forward scanned receipts to Maria by 10 March.', '2026-03-10'],
    ['The signed contract has to reach us by Friday 6 March.', '2026-03-06'],
  ])('%j stays the reader’s request', (text, day) => {
    expect(kindsOf(text, CLIENT)).toEqual([['request', 'us', day]]);
  });
});

describe('"S/" in a reference', () => {
  it.each([
    'Please quote order S/2026/0114 when you deliver on Friday.',
    'Please invoice the work under cost centre S/ 4410 by Friday.',
    'Please deliver to Bay S/3 by 8am Thursday.',
  ])('%j holds no sum', (text) => {
    expect(findMoney(text)).toEqual([]);
  });
});

describe('a forecast of goods on their way', () => {
  it.each([
    'The parcel should reach us by Friday, the courier says.',
    'Our new laptops should be with us by the 20th, according to Dell.',
    'The new forklift should reach our site by Thursday, Toyota tell us.',
  ])('%j asks nothing', (text) => {
    expect(kindsOf(text, CLIENT).filter(([kind]) => kind === 'request')).toEqual([]);
  });
});

describe('an arrival on a day', () => {
  it.each([
    ['Your driver must arrive at 7am on Thursday at the loading bay.', '2026-03-05'],
    ['The flowers have to arrive before 2pm Friday for the wedding.', '2026-03-06'],
  ])('%j keeps its day', (text, day) => {
    expect(kindsOf(text, CLIENT).map(([, , due]) => due)).toContain(day);
    expect(kindsOf(text, CLIENT).map(([kind]) => kind)).not.toContain('standard');
  });
});

describe("the writer's own people", () => {
  it.each([
    'Our team must arrive at 8am to start the install.',
    'Our drivers must not enter private property without written permission.',
  ])('%j sets no bar on the reader', (text) => {
    expect(kindsOf(text, US)).not.toContainEqual(['standard', 'client', null]);
  });
});

describe('a plan that must not slip', () => {
  it.each([
    'Our CEO must not find out about the surprise party before Friday.',
    'The deadline must not slip again.',
  ])('%j sets no standard', (text) => {
    expect(kindsOf(text, CLIENT).map(([kind]) => kind)).not.toContain('standard');
  });
});

describe('a closure given as a reason', () => {
  it('"Because our warehouse is closed from 24 December …" is a closure notice', () => {
    const text =
      'Because our warehouse is closed from 24 December to 2 January, orders placed after 20 December will ship in January.';
    expect(kindsOf(text, CLIENT)).toEqual([]);
  });
});

describe('things made or had that are no preparation', () => {
  it.each([
    "We'll make a loss for the quarter if this slips.",
    "I'll have my phone on standby all weekend in case anything comes up.",
  ])('%j is no deliverable', (text) => {
    expect(kindsOf(text, CLIENT).map(([kind]) => kind)).not.toContain('deliverable');
  });
});

describe('a visit the writer organises', () => {
  it('"We\'re organising a site visit for Tuesday 10 March" is not dropped as an opening', () => {
    expect(
      kindsOf("We're organising a site visit for Tuesday 10 March at 10am with our engineer.", US),
    ).not.toEqual([]);
  });
});
