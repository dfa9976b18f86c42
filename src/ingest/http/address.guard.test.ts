// The SSRF guard's address classes and policies, without touching the network.
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { describe, it } from 'node:test';
import { BlockedAddressError, createAddressGuard, isNonPublicAddress, parseIp } from './address.guard.js';

describe('isNonPublicAddress', () => {
  it('refuses private, loopback, link-local, CGNAT, multicast and reserved IPv4', () => {
    for (const address of [
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '127.0.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
    ])
      assert.equal(isNonPublicAddress(address), true, address);
    for (const address of ['8.8.8.8', '172.32.0.1', '100.128.0.1', '93.184.216.34'])
      assert.equal(isNonPublicAddress(address), false, address);
  });

  it('refuses loopback, link-local, unique-local and multicast IPv6, and IPv4 hidden inside IPv6', () => {
    for (const address of [
      '::1',
      '::',
      'fe80::1%eth0',
      'fd12:3456::1',
      'ff02::1',
      '::ffff:10.0.0.1',
      '::ffff:7f00:1',
      '64:ff9b::192.168.0.1',
      '2002:c0a8:0101::1',
      '[::1]',
    ])
      assert.equal(isNonPublicAddress(address), true, address);
    for (const address of ['2606:4700::1111', '::ffff:8.8.8.8'])
      assert.equal(isNonPublicAddress(address), false, address);
  });

  it('parses IPv6 shorthand', () => {
    assert.deepEqual([...(parseIp('1::2') ?? [])], [0, 1, ...Array<number>(12).fill(0), 0, 2]);
    assert.equal(parseIp('example.org'), undefined);
  });
});

describe('createAddressGuard', () => {
  const resolveTo =
    (...addresses: string[]) =>
    (): Promise<LookupAddress[]> =>
      Promise.resolve(addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));

  it('refuses a host if any of its addresses is non-public', async () => {
    const guard = createAddressGuard(false, resolveTo('93.184.216.34', '10.1.2.3'));
    await assert.rejects(guard.assertAllowedHost('rebind.example'), (error: unknown) => {
      assert.ok(error instanceof BlockedAddressError);
      assert.match(error.message, /rebind\.example.*10\.1\.2\.3/);
      return true;
    });
    await guard.assertAllowedHost('93.184.216.34');
  });

  it('allows what an allow-list names, addresses or ranges', async () => {
    const guard = createAddressGuard(['127.0.0.1', '10.8.0.0/16'], resolveTo('127.0.0.1'));
    await guard.assertAllowedHost('localhost');
    assert.equal(guard.isAllowedAddress('10.8.3.4'), true);
    assert.equal(guard.isAllowedAddress('::ffff:127.0.0.1'), true);
    assert.equal(guard.isAllowedAddress('127.0.0.2'), false);
    assert.throws(() => createAddressGuard(['not-an-ip']), /not-an-ip/);
  });

  it('re-checks at connect time through the lookup it gives net.connect', async () => {
    const guard = createAddressGuard(false);
    const error = await new Promise<unknown>((resolve) =>
      guard.lookup?.('localhost', { all: true }, (err) => resolve(err)),
    );
    assert.ok(error instanceof BlockedAddressError);
  });
});
