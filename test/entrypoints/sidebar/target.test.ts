import { describe, expect, it } from 'vitest';
import { targetFromQuery } from '../../../entrypoints/sidebar/target';

describe('targetFromQuery', () => {
  it.each([
    ['?poId=1042', { poId: 1042, productId: undefined }],
    ['?productId=77', { poId: undefined, productId: 77 }],
    ['', { poId: undefined, productId: undefined }],
    ['?poId=0', { poId: undefined, productId: undefined }],
    ['?poId=-1', { poId: undefined, productId: undefined }],
    ['?poId=12abc', { poId: undefined, productId: undefined }],
    ['?poId=<script>', { poId: undefined, productId: undefined }],
    ['?poId=9999999999999999', { poId: undefined, productId: undefined }],
  ])('reads %s as %j', (search, expected) => {
    expect(targetFromQuery(search)).toEqual(expected);
  });
});
