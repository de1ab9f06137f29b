import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Role, type Viewer } from './auth.js';
import { UnauthenticatedError } from './errors.js';
import { extendedStubName, foreignStub, stubReference } from './foreign-stub.js';

const viewer: Viewer = { id: 'u1', role: Role.PATIENT, scopes: [], expiresAt: 0, sessionVersion: 0 };

describe('foreign stubs', () => {
  it('answer a reference from its id alone, for a signed-in caller only', () => {
    expect(stubReference.__resolveReference({ id: 'p1' }, { viewer })).toEqual({ id: 'p1' });
    expect(() => stubReference.__resolveReference({ id: 'p1' }, { viewer: null })).toThrow(UnauthenticatedError);
  });

  it('answer references only when this subgraph extends them', () => {
    expect(extendedStubName(foreignStub('Extended', 'extends'))).toBe('Extended');
    expect(() => extendedStubName(foreignStub('PointedAt', 'points'))).toThrow();
  });
});
