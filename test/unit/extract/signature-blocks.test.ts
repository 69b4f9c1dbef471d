/**
 * What follows a sign-off is a signature: nothing in it is owed (issue 9, 5 December 2026, late
 * morning). The sign-off may be written abroad ("Bien cordialement,", "Ngā mihi,"), a legal
 * footer may follow the signature, and a street address may be written the French way or carry
 * other fields after a bar. Every message was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, itemsOf } from './helpers';

const BODY = 'Hi Dana,\n\nI will send the price list tomorrow.\n\nCould you confirm the loading hours?\n\n';

const found = (signature: string) => itemsOf(BODY + signature).map(brief);
const BODY_ITEMS = [
  ['deliverable', 'client', '2026-03-03'],
  ['request', 'us', null],
];

describe('a signature block', () => {
  it('ends at a French or Māori sign-off', () => {
    expect(
      found(
        'Bien cordialement,\nCamille Roux\nExport Manager\n12 rue des Lys, 89800 Chablis, France\n+33 3 86 55 01 22',
      ),
    ).toEqual(BODY_ITEMS);
    expect(
      found('Ngā mihi,\nMereana Hohaia\nPractice Manager\n14 Bank Street, Whangārei 0110\n09 555 0182'),
    ).toEqual(BODY_ITEMS);
  });

  it('ends at the sign-off even with a legal footer below the signature', () => {
    expect(
      found(
        'Thank you and regards,\nHafiz Rahman\nDirector of Engineering\n18 Marina Boulevard, Singapore 018980\nT +65 6555 0821\n\nThis email is intended only for the named recipient. Marlow Hospitality Group accepts no liability for the contents of this email.',
      ),
    ).toEqual(BODY_ITEMS);
  });

  it('holds no ask in a street address written the French way or followed by other fields', () => {
    expect(
      found('Mathieu Gagnon\nChef-propriétaire | Traiteur Bleu Poivre\n4520 rue Saint-Denis, Montréal QC'),
    ).toEqual(BODY_ITEMS);
    expect(found('Thandi Nkosi\nKey Account Manager\n32 Lake Road, Midrand | Licence No. W-0123')).toEqual(
      BODY_ITEMS,
    );
  });

  it('ends at a sign-off with a legal footer in another language below', () => {
    expect(
      found(
        'Bien cordialement,\nLucie Martin\nResponsable Export\nDomaine des Lys SAS\n+33 3 86 55 01 22\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.',
      ),
    ).toEqual(BODY_ITEMS);
  });

  it('is the last paragraph when it opens with a name and holds a way to reach the writer', () => {
    expect(
      found(
        'Ciarán Ó Dálaigh\nÓ Dálaigh Joinery\nUnit 7, Oranmore Business Park, Galway H91 X2Y4\n091 555 218',
      ),
    ).toEqual(BODY_ITEMS);
    expect(found('Priya Natarajan\nStudio Kolam | www.studiokolam.in')).toEqual(BODY_ITEMS);
  });

  it('is not a last paragraph that asks', () => {
    const asks = itemsOf(`${BODY}Anil Kumar\nCan you call me on +91 98450 12345 by Friday?`).map(brief);
    expect(asks).toEqual([...BODY_ITEMS, ['meeting', 'us', '2026-03-06']]);
  });

  it('still lets a delivery address with a time be an ask', () => {
    expect(itemsOf('Please deliver to 12 rue des Lys, Chablis by Friday.').map(brief)).toEqual([
      ['request', 'us', '2026-03-06'],
    ]);
  });
});
