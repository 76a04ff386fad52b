import { z } from 'zod';
import { channel } from '../ipc/channel';

export const operatorRoleSchema = z.enum(['proctor', 'manager']);
export type OperatorRole = z.infer<typeof operatorRoleSchema>;

export interface OperatorInfo {
  id: number;
  username: string;
  displayName: string;
  role: OperatorRole;
}

const username = z
  .string()
  .trim()
  .min(2, 'at least 2 characters')
  .max(40)
  .regex(/^[a-z0-9._-]+$/i, 'letters, digits, dot, dash or underscore');
const password = z.string().min(8, 'at least 8 characters').max(200);

export const accountsContract = {
  'accounts.status': channel<{ needsSetup: boolean; operator: OperatorInfo | null }>()({
    request: z.object({}).strict(),
    role: 'public',
  }),
  /** First start: creates the first manager; refused once any operator exists. */
  'accounts.setup': channel<OperatorInfo>()({
    request: z
      .object({ username, displayName: z.string().trim().min(1).max(60), password })
      .strict(),
    role: 'public',
  }),
  'accounts.signIn': channel<OperatorInfo>()({
    request: z.object({ username, password: z.string().min(1).max(200) }).strict(),
    role: 'public',
  }),
  'accounts.signOut': channel<null>()({ request: z.object({}).strict(), role: 'public' }),
};
