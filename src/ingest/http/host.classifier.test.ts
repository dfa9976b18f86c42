// Which URLs a reader's browser may be sent to: every spelling of a private address is caught without DNS.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isNonPublicHostName, isPublicHttpUrl } from './host.classifier.js';

describe('isPublicHttpUrl', () => {
  it('refuses private, loopback, link-local and unique-local addresses in every notation', () => {
    for (const url of [
      'http://192.168.1.1/cam.jpg',
      'http://3232235777/cam.jpg', // 192.168.1.1 as one decimal number
      'http://0xC0A80101/cam.jpg', // ... in hex
      'http://0300.0250.1.1/cam.jpg', // ... in octal
      'http://127.1/x.jpg',
      'http://0/x.jpg',
      'http://10.0.0.7:8080/x.jpg',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/x.jpg',
      'http://[::ffff:192.168.1.1]/x.jpg',
      'http://[::ffff:7f00:1]/x.jpg',
      'http://[fd12:3456::1]/x.jpg',
      'http://[fe80::1]/x.jpg',
    ]) {
      assert.equal(isPublicHttpUrl(url), false, url);
    }
  });

  it('refuses local names and anything that is not http(s)', () => {
    for (const url of [
      'http://localhost/x.jpg',
      'http://LOCALHOST./x.jpg',
      'http://cam.localhost/x.jpg',
      'http://printer.local/x.jpg',
      'http://metadata.google.internal/x',
      'http://nas.home.arpa/x.jpg',
      'http://intranet/x.jpg',
      'ftp://example.org/x.jpg',
      'file:///etc/passwd',
      'data:image/png;base64,AAAA',
      'javascript:alert(1)',
      '/relative/x.jpg',
      '//example.org/x.jpg',
      'not a url',
    ]) {
      assert.equal(isPublicHttpUrl(url), false, url);
    }
  });

  it('lets public hosts through', () => {
    for (const url of [
      'https://images.example.org/a.jpg',
      'http://93.184.216.34/a.jpg',
      'https://[2606:4700::1111]/a.jpg',
      'https://static.local-news.example/a.jpg',
    ]) {
      assert.equal(isPublicHttpUrl(url), true, url);
    }
  });
});

describe('isNonPublicHostName', () => {
  it('takes host names as URL.hostname gives them', () => {
    assert.equal(isNonPublicHostName('[::1]'), true);
    assert.equal(isNonPublicHostName('8.8.8.8'), false);
    assert.equal(isNonPublicHostName('news.example.org'), false);
  });
});
