import { createHash } from 'node:crypto';
import { MAX_PHOTO_BYTES } from '../../shared/checkin/contract';
import { DomainError } from '../core/errors';

export interface DecodedPhoto {
  mime: 'image/jpeg' | 'image/png';
  bytes: Buffer;
  sha256: string;
}

const MAGIC: Record<DecodedPhoto['mime'], number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** Decodes a photo sent as base64 and checks that it is the image type it claims to be. */
export function decodePhoto(photo: { mime: DecodedPhoto['mime']; base64: string }): DecodedPhoto {
  const bytes = Buffer.from(photo.base64, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_PHOTO_BYTES) {
    throw new DomainError('VALIDATION', `The photo must be between 1 byte and ${MAX_PHOTO_BYTES} bytes.`, { key: 'checkin.photoSize', params: { max: MAX_PHOTO_BYTES } });
  }
  const magic = MAGIC[photo.mime];
  if (!magic.every((b, i) => bytes[i] === b)) {
    throw new DomainError('VALIDATION', `The photo is not a ${photo.mime === 'image/png' ? 'PNG' : 'JPEG'} image.`, { key: 'checkin.photoType', params: { type: photo.mime === 'image/png' ? 'PNG' : 'JPEG' } });
  }
  return { mime: photo.mime, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
