import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { descriptionCoverage } from './descriptions.js';

describe('description coverage', () => {
  it('counts every kind of element and names the undescribed ones by coordinate', () => {
    const coverage = descriptionCoverage(
      buildSchema(`
        """Reads"""
        type Query {
          """One visit"""
          visit("""Its id""" id: ID!, at: String): Visit
        }
        type Visit { id: ID! """Where""" status: Status }
        """Where a visit is"""
        enum Status { """Waiting""" PENDING DONE }
        """What to search"""
        input VisitFilter { """From""" from: String to: String }
        scalar Instant
      `),
    );
    expect(coverage.kinds).toEqual({
      types: { described: 3, all: 5 },
      fields: { described: 2, all: 3 },
      arguments: { described: 1, all: 2 },
      inputFields: { described: 1, all: 2 },
      enumValues: { described: 1, all: 2 },
    });
    expect(coverage.undescribed.sort()).toEqual(
      ['Instant', 'Query.visit(at:)', 'Status.DONE', 'Visit', 'Visit.id', 'VisitFilter.to'].sort(),
    );
  });

  it('asks each deprecation to name its replacement', () => {
    const { deprecatedWithoutReplacement } = descriptionCoverage(
      buildSchema(`
        """Reads"""
        type Query {
          """Old""" doctorName: String @deprecated
          """Old""" room: String @deprecated(reason: "Use \`Query.ward\`")
          """New""" ward: String
          """Old""" code: String @deprecated(reason: "Gone soon")
        }
      `),
    );
    expect(deprecatedWithoutReplacement).toEqual(['Query.doctorName', 'Query.code']);
  });
});
