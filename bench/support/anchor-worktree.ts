// An anchor commit checked out into a temporary git worktree that shares this checkout's node_modules, so a
// bench can measure the same thing on both and print the difference (used by bench:startup and bench:analyze).
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** A checkout a bench runs in: this one, or an anchor's temporary worktree. */
export interface Tree {
  label: string;
  root: string;
}

/** Runs a command to its end (10 minutes at most); `output` is stdout and stderr together, trimmed. */
export function sh(command: string, args: string[], cwd: string): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 600_000 });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/**
 * Checks `ref` out, detached, into `<work>/anchor` as a worktree of `repo`, with `repo`'s node_modules linked
 * in (never installed: other checkouts share that tree). Returns the tree, or why it could not be made.
 * Labels read "anchor 1a2b3c4" for a hash, "anchor HEAD~1 (1a2b3c4)" for a name.
 */
export function addAnchorWorktree(repo: string, ref: string, work: string): Tree | string {
  const sha = sh('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repo);
  if (!sha.ok) return `"${ref}" names no commit`;
  const root = join(work, 'anchor');
  const added = sh('git', ['worktree', 'add', '--detach', root, sha.output], repo);
  if (!added.ok) return `git worktree add failed: ${added.output.split('\n').pop() ?? ''}`;
  symlinkSync(realpathSync(join(repo, 'node_modules')), join(root, 'node_modules'));
  const short = sha.output.slice(0, 7);
  return { label: sha.output.startsWith(ref) ? `anchor ${short}` : `anchor ${ref} (${short})`, root };
}

/** Removes the worktree addAnchorWorktree made under `work`, if any, and its registration in `repo`. */
export function removeAnchorWorktree(repo: string, work: string): void {
  const root = join(work, 'anchor');
  if (existsSync(root)) sh('git', ['worktree', 'remove', '--force', root], repo);
}
