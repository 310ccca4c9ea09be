'use strict';
// Golden outputs recorded from node 22.22.2. brotli and zstd streams are
// byte-identical to node's for every option set here; for zlib's deflate
// they are when the output does not depend on match finding (stored
// blocks, Huffman-only, RLE, short inputs): node bundles Chromium's zlib,
// whose hashing finds other matches than zlib's own, so other deflate
// outputs differ in bytes (not in what they inflate to). Every stream
// node made must inflate to its input.
const assert = require('assert');
const zlib = require('zlib');

const inputs = {
  empty: Buffer.alloc(0),
  short: Buffer.from('hello, world'),
  text: Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(40) +
                    'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(10)),
  mixed: (() => {
    let seed = 7;
    const b = Buffer.alloc(1500);
    for (let i = 0; i < b.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      b[i] = (seed >> 16) & (i % 5 === 0 ? 0xff : 0x0f);
    }
    return b;
  })(),
};

// [function, input, options, output length, crc32 of the output]
const golden = [
  ['deflateSync', 'empty', {'level':0}, 11, 0x8e7821f1],
  ['deflateSync', 'empty', {'strategy':2}, 8, 0x4d731cc0],
  ['deflateSync', 'empty', {'strategy':3}, 8, 0x4d731cc0],
  ['deflateSync', 'empty', {'level':1,'strategy':2}, 8, 0x4d731cc0],
  ['deflateSync', 'empty', {'level':9,'strategy':3,'memLevel':9}, 8, 0x4d731cc0],
  ['deflateSync', 'empty', {}, 8, 0xc36c0b3c],
  ['deflateSync', 'empty', {'level':1}, 8, 0x4d731cc0],
  ['deflateSync', 'empty', {'level':9}, 8, 0xe4b74b7f],
  ['deflateSync', 'empty', {'strategy':1}, 8, 0xc36c0b3c],
  ['deflateSync', 'empty', {'strategy':4}, 8, 0x4d731cc0],
  ['deflateSync', 'empty', {'windowBits':9}, 8, 0x861fee54],
  ['gzipSync', 'empty', {'level':0}, 23, 0x6c75f81b],
  ['gzipSync', 'empty', {'strategy':2}, 20, 0xc5e84b84],
  ['gzipSync', 'empty', {'strategy':3}, 20, 0xc5e84b84],
  ['gzipSync', 'empty', {'level':1,'strategy':2}, 20, 0xc5e84b84],
  ['gzipSync', 'empty', {'level':9,'strategy':3,'memLevel':9}, 20, 0x2ad5ee64],
  ['gzipSync', 'empty', {}, 20, 0xc6ee70fb],
  ['gzipSync', 'empty', {'level':1}, 20, 0xc5e84b84],
  ['gzipSync', 'empty', {'level':9}, 20, 0x2ad5ee64],
  ['gzipSync', 'empty', {'strategy':1}, 20, 0xc6ee70fb],
  ['gzipSync', 'empty', {'strategy':4}, 20, 0xc5e84b84],
  ['gzipSync', 'empty', {'windowBits':9}, 20, 0xc6ee70fb],
  ['deflateRawSync', 'empty', {'level':0}, 5, 0x4564cc52],
  ['deflateRawSync', 'empty', {'strategy':2}, 2, 0x6af4413c],
  ['deflateRawSync', 'empty', {'strategy':3}, 2, 0x6af4413c],
  ['deflateRawSync', 'empty', {'level':1,'strategy':2}, 2, 0x6af4413c],
  ['deflateRawSync', 'empty', {'level':9,'strategy':3,'memLevel':9}, 2, 0x6af4413c],
  ['deflateRawSync', 'empty', {}, 2, 0x6af4413c],
  ['deflateRawSync', 'empty', {'level':1}, 2, 0x6af4413c],
  ['deflateRawSync', 'empty', {'level':9}, 2, 0x6af4413c],
  ['deflateRawSync', 'empty', {'strategy':1}, 2, 0x6af4413c],
  ['deflateRawSync', 'empty', {'strategy':4}, 2, 0x6af4413c],
  ['deflateRawSync', 'empty', {'windowBits':9}, 2, 0x6af4413c],
  ['brotliCompressSync', 'empty', {'params':{'1':0}}, 1, 0x630906a9],
  ['brotliCompressSync', 'empty', {'params':{'1':1}}, 1, 0x630906a9],
  ['brotliCompressSync', 'empty', {'params':{'1':5}}, 1, 0x630906a9],
  ['brotliCompressSync', 'empty', {'params':{'1':9}}, 1, 0x630906a9],
  ['brotliCompressSync', 'empty', {'params':{'1':11}}, 1, 0x630906a9],
  ['brotliCompressSync', 'empty', {'params':{'0':1,'2':16,'5':0}}, 1, 0x3b614ab8],
  ['zstdCompressSync', 'empty', {'params':{'100':1}}, 9, 0x11ccea57],
  ['zstdCompressSync', 'empty', {'params':{'100':3}}, 9, 0x11ccea57],
  ['zstdCompressSync', 'empty', {'params':{'100':12}}, 9, 0x11ccea57],
  ['zstdCompressSync', 'empty', {'params':{'100':19}}, 9, 0x11ccea57],
  ['zstdCompressSync', 'empty', {'params':{'200':0,'201':1}}, 13, 0x32ffbd1a],
  ['deflateSync', 'short', {'level':0}, 23, 0xe69cfa65],
  ['deflateSync', 'short', {'strategy':2}, 20, 0x6e9b40d8],
  ['deflateSync', 'short', {'strategy':3}, 20, 0x6e9b40d8],
  ['deflateSync', 'short', {'level':1,'strategy':2}, 20, 0x6e9b40d8],
  ['deflateSync', 'short', {'level':9,'strategy':3,'memLevel':9}, 20, 0x6e9b40d8],
  ['deflateSync', 'short', {}, 20, 0xd0e333bd],
  ['deflateSync', 'short', {'level':1}, 20, 0x6e9b40d8],
  ['deflateSync', 'short', {'level':9}, 20, 0x37d486],
  ['deflateSync', 'short', {'strategy':1}, 20, 0xd0e333bd],
  ['deflateSync', 'short', {'strategy':4}, 20, 0x6e9b40d8],
  ['deflateSync', 'short', {'windowBits':9}, 20, 0x21a45e7d],
  ['gzipSync', 'short', {'level':0}, 35, 0xe1a0d965],
  ['gzipSync', 'short', {'strategy':2}, 32, 0x4eef7f00],
  ['gzipSync', 'short', {'strategy':3}, 32, 0x4eef7f00],
  ['gzipSync', 'short', {'level':1,'strategy':2}, 32, 0x4eef7f00],
  ['gzipSync', 'short', {'level':9,'strategy':3,'memLevel':9}, 32, 0xfed22d50],
  ['gzipSync', 'short', {}, 32, 0x27e9e15f],
  ['gzipSync', 'short', {'level':1}, 32, 0x4eef7f00],
  ['gzipSync', 'short', {'level':9}, 32, 0xfed22d50],
  ['gzipSync', 'short', {'strategy':1}, 32, 0x27e9e15f],
  ['gzipSync', 'short', {'strategy':4}, 32, 0x4eef7f00],
  ['gzipSync', 'short', {'windowBits':9}, 32, 0x27e9e15f],
  ['deflateRawSync', 'short', {'level':0}, 17, 0x4586a8b9],
  ['deflateRawSync', 'short', {'strategy':2}, 14, 0xe2b5c314],
  ['deflateRawSync', 'short', {'strategy':3}, 14, 0xe2b5c314],
  ['deflateRawSync', 'short', {'level':1,'strategy':2}, 14, 0xe2b5c314],
  ['deflateRawSync', 'short', {'level':9,'strategy':3,'memLevel':9}, 14, 0xe2b5c314],
  ['deflateRawSync', 'short', {}, 14, 0xe2b5c314],
  ['deflateRawSync', 'short', {'level':1}, 14, 0xe2b5c314],
  ['deflateRawSync', 'short', {'level':9}, 14, 0xe2b5c314],
  ['deflateRawSync', 'short', {'strategy':1}, 14, 0xe2b5c314],
  ['deflateRawSync', 'short', {'strategy':4}, 14, 0xe2b5c314],
  ['deflateRawSync', 'short', {'windowBits':9}, 14, 0xe2b5c314],
  ['brotliCompressSync', 'short', {'params':{'1':0}}, 16, 0xd8e55600],
  ['brotliCompressSync', 'short', {'params':{'1':1}}, 16, 0xd8e55600],
  ['brotliCompressSync', 'short', {'params':{'1':5}}, 15, 0x3aff4249],
  ['brotliCompressSync', 'short', {'params':{'1':9}}, 15, 0x3aff4249],
  ['brotliCompressSync', 'short', {'params':{'1':11}}, 16, 0xd8e55600],
  ['brotliCompressSync', 'short', {'params':{'0':1,'2':16,'5':12}}, 16, 0xa560555b],
  ['zstdCompressSync', 'short', {'params':{'100':1}}, 21, 0x4ef614ac],
  ['zstdCompressSync', 'short', {'params':{'100':3}}, 21, 0x4ef614ac],
  ['zstdCompressSync', 'short', {'params':{'100':12}}, 21, 0x4ef614ac],
  ['zstdCompressSync', 'short', {'params':{'100':19}}, 21, 0x4ef614ac],
  ['zstdCompressSync', 'short', {'params':{'200':0,'201':1}}, 25, 0xcd975fe],
  ['deflateSync', 'text', {'level':0}, 2171, 0xa5ee3a1c],
  ['deflateSync', 'text', {'strategy':2}, 1335, 0x2597a672],
  ['deflateSync', 'text', {'strategy':3}, 1335, 0x2597a672],
  ['deflateSync', 'text', {'level':1,'strategy':2}, 1335, 0x2597a672],
  ['deflateSync', 'text', {'level':9,'strategy':3,'memLevel':9}, 1335, 0x2597a672],
  ['gzipSync', 'text', {'level':0}, 2183, 0x8e6bdae4],
  ['gzipSync', 'text', {'strategy':2}, 1347, 0x20cb37da],
  ['gzipSync', 'text', {'strategy':3}, 1347, 0x20cb37da],
  ['gzipSync', 'text', {'level':1,'strategy':2}, 1347, 0x20cb37da],
  ['gzipSync', 'text', {'level':9,'strategy':3,'memLevel':9}, 1347, 0xd1b3865],
  ['deflateRawSync', 'text', {'level':0}, 2165, 0x17a08776],
  ['deflateRawSync', 'text', {'strategy':2}, 1329, 0x1ff873ea],
  ['deflateRawSync', 'text', {'strategy':3}, 1329, 0x1ff873ea],
  ['deflateRawSync', 'text', {'level':1,'strategy':2}, 1329, 0x1ff873ea],
  ['deflateRawSync', 'text', {'level':9,'strategy':3,'memLevel':9}, 1329, 0x1ff873ea],
  ['brotliCompressSync', 'text', {'params':{'1':0}}, 152, 0xd0038f5],
  ['brotliCompressSync', 'text', {'params':{'1':1}}, 105, 0x91079da4],
  ['brotliCompressSync', 'text', {'params':{'1':5}}, 81, 0x3e5eb76c],
  ['brotliCompressSync', 'text', {'params':{'1':9}}, 81, 0x3e5eb76c],
  ['brotliCompressSync', 'text', {'params':{'1':11}}, 83, 0x34c48da0],
  ['brotliCompressSync', 'text', {'params':{'0':1,'2':16,'5':2160}}, 83, 0xdda567a3],
  ['zstdCompressSync', 'text', {'params':{'100':1}}, 104, 0xfd0a4184],
  ['zstdCompressSync', 'text', {'params':{'100':3}}, 104, 0xfd0a4184],
  ['zstdCompressSync', 'text', {'params':{'100':12}}, 104, 0xfd0a4184],
  ['zstdCompressSync', 'text', {'params':{'100':19}}, 101, 0x46dc7366],
  ['zstdCompressSync', 'text', {'params':{'200':0,'201':1}}, 107, 0x90f422e],
  ['deflateSync', 'mixed', {'level':0}, 1511, 0x23e8f34c],
  ['deflateSync', 'mixed', {'strategy':2}, 1092, 0x71b697dc],
  ['deflateSync', 'mixed', {'strategy':3}, 1092, 0x71b697dc],
  ['deflateSync', 'mixed', {'level':1,'strategy':2}, 1092, 0x71b697dc],
  ['deflateSync', 'mixed', {'level':9,'strategy':3,'memLevel':9}, 1092, 0x71b697dc],
  ['gzipSync', 'mixed', {'level':0}, 1523, 0x10dc325],
  ['gzipSync', 'mixed', {'strategy':2}, 1104, 0xd8ef894f],
  ['gzipSync', 'mixed', {'strategy':3}, 1104, 0xd8ef894f],
  ['gzipSync', 'mixed', {'level':1,'strategy':2}, 1104, 0xd8ef894f],
  ['gzipSync', 'mixed', {'level':9,'strategy':3,'memLevel':9}, 1104, 0x70690fd9],
  ['deflateRawSync', 'mixed', {'level':0}, 1505, 0x32b9da07],
  ['deflateRawSync', 'mixed', {'strategy':2}, 1086, 0xd6629ecd],
  ['deflateRawSync', 'mixed', {'strategy':3}, 1086, 0xd6629ecd],
  ['deflateRawSync', 'mixed', {'level':1,'strategy':2}, 1086, 0xd6629ecd],
  ['deflateRawSync', 'mixed', {'level':9,'strategy':3,'memLevel':9}, 1086, 0xd6629ecd],
  ['brotliCompressSync', 'mixed', {'params':{'1':0}}, 1199, 0xbf170890],
  ['brotliCompressSync', 'mixed', {'params':{'1':1}}, 1139, 0x14140b97],
  ['brotliCompressSync', 'mixed', {'params':{'1':5}}, 1047, 0xaf644b3c],
  ['brotliCompressSync', 'mixed', {'params':{'1':9}}, 1063, 0xd7322f80],
  ['brotliCompressSync', 'mixed', {'params':{'1':11}}, 1037, 0x561023ae],
  ['brotliCompressSync', 'mixed', {'params':{'0':1,'2':16,'5':1500}}, 1037, 0xeafc286a],
  ['zstdCompressSync', 'mixed', {'params':{'100':1}}, 1095, 0x9c7893a5],
  ['zstdCompressSync', 'mixed', {'params':{'100':3}}, 1099, 0xde242b5f],
  ['zstdCompressSync', 'mixed', {'params':{'100':12}}, 1103, 0xbbed078e],
  ['zstdCompressSync', 'mixed', {'params':{'100':19}}, 1090, 0xf4ab9ef0],
  ['zstdCompressSync', 'mixed', {'params':{'200':0,'201':1}}, 1102, 0xf1549bf3],

];

// Deflate streams from node (Chromium's zlib), base64: [inflater, input, options, data].
const fromNode = [
  ['deflate', 'text', {}, 'eJztyscVgCAQBcBWfgU+c+iDBgwoYlhEMVC9RXjz7ZxHKInNje2ExtK1oqcb2i1mB53S4lASc+0fdDQEEJw5c+bMmfO/ct20newHNeppXlYym90Pd17348MoTtIsL8qKz/fzAhpNCf4='],
  ['gzip', 'text', {'level':9}, 'H4sIAAAAAAACA+3KxxWAIBAFwFZ+BT5z6IMGDChiWEQxUL1FePPtnEcoic2N7YTG0rWipxvaLWYHndLiUBJz7R90NAQQnDlz5syZ879y3bSd7Ac16mleVjKb3Q93XvfjwyhO0iwvyorP9/MCUqV9VnAIAAA='],
  ['deflateRaw', 'mixed', {'level':1}, 'FZRdyBhkFYDPec/7nnPe9/wVKbILlXQMNGl9XTRDzJuCUFYL1KEXYT9SxMrQoUkwMvRGzIxCaBVmWM1BGYRT18LKhHLQ6MNhoeagxSwJqo8oDDF2/cADz82zL+dcx3TaPFkt5ytiDKckbe5qZfY4hMRq3YdS97jFabWdwTIuwML12KCmG8zYrvE28qOCPLplkw8VgP8HSseW2mp70bSdybns9PTlvLTJ80nNnyvXHIPV9kDCODLbkE8zYHyiHOpCngSXrDlo03rKVoNeP062vp8jVkMgvhUp+8talseEHP8XQXmzoNhXxnD6Aq7G98WitaHqcm3jHOcLDjxmOeChNjsdCZW1Ubn0fo5ctwkpX4aLllEX3gdN8P5MX1eqaOJaIrvExzhJbfZno4j2wFK7IeegBxRKH1k5aUuBJFpp3bNc7e86lj/oI9rNizHPmT3jEDLj77oWPQVJ9Z2zCY9gW3JmJOdeG9N+xNHHDmKnN1qYft8x6htDi47ThPq4oOk/kGhSjyEHmRB+H1R+qor4UmBuh0UZHk5k/TwE6U2lDs+rQ/+go407MRh/CJ37lQBd/xYq/svphrtBzC5TW/DHTJANc6nP8Qq4DcDXf6n6eo1z8dYwzJN9iR5qHnLMe83rgrFtctJ6CdH5XFLU3ThbfUkw7AC1jMNhpZsm3N8P4fhszBbPOBTc2Kn7hU0oTzczPmcU69Wrzb7FoXK0F+ULPce43BrmruVYv7UO8RqqrFsmYD9e5fOn6Yj30qrYnNkjV6dxEbWqt1qn/HbNRbtNyz+mUutkN8htGJ122Ci/3oz8D8Bp7xjN/aYm6Ndqr3XQcM6XUCCOzxX6YW4sr8/odsPo1e5sYP6qkgxSJn6yGsEHVFfcoWddpdIeoEjadZafIML+cOacD84hcr4ozp/lkvlnmxNfbH3GCwuLDkx2eMJQ+Yk+vdQ66LtjRe7DAfiU+OA7MBKPLoq2HzjifVCjbnWX+MUYKVmidm9g8EN99HpbX8EH29CxPTh5J4W2z0wN2uaI+VkNhn9KN/kk1/AVzOPpgdb+7b3jBeKV19vweAs5wzPI3O7mwe2LXaufGBD4kwLnb1Vhfqqa0MEexJsIZPtBc74cnMAZvZ8yzXkuweDrKogWeOhHHJ3eXla8t6ms7ZoGV1H3eny54baOQ2/3aOPR2TReWc3lkjaHfR2L+3nUer1nSPrpsDEvhtbWXdKUDvQx9fJlPZ4md/3X8MjvRut4KJf194YO2WHibQun5esyoB1aMODohDUvMql+qYl3qV6yAR38DInGu87e8Fddmz821fUup8qflwz+3mytX+067a+YvsKC5bk+UN6E9PWij9QrzGPdHsx43wy3nQILr0LPdWIFrC/PkfnNMUue7DjHHl9KR5b5+oGW2VeBsL1z5BxfK+/jsBvVeS0c/hJIsp1hrmsGtvUnWM6/aT37rycb/x8='],
  ['gzip', 'mixed', {'memLevel':1,'strategy':1}, 'H4sIAAAAAAAAAwTBrQ2CMRAA0Pba6/32bgNWICiGIMHimICE0VA4JkCD/hAkDIDA8t4pRPTGYvJMCFnIRnlRmGwhza5l0lTojty6z7M3hfUchKuaVS/YgDdjVNg5YBypDuwWQPssxX8lGb9sCodqDJ8Qtbe4+lAGekQDv+efILg1QjCGAQCanyZpmyadgEMj2QTBBhx3aA7BEDADGyBR3xR4pkBieG/UFNHqO0iQVyOxkwLGYQ6Ya20Mm96E317SvgRlPlO9XDSiEwLrGTnLp07PxXjgL4LzaGh+Fxl8xU56i859W+uwPWnKylBw8RR4UCt/guDQCqEYhgJo07RJ+tqkhjEwKBQ7YBkAh2MG7D8oJkAwARtgcYyBYgHu5aebYjMDtogHzsomawKjc1E5pay0RAzsTC0IUN3qqPXDuZWXT+Z9gvVDtMpXS9PuiMY/S6yep80LhvWvVYzbqJ6PEIpVK+EPEqH3nyA4NkEwiMEAmvzfXS5nkssWFk7iBrbiBLbuYSVYCNoIDuAMVoID2Nm6gOB7RRN3Gsijpo0zT7P2qUPGymq3m0Spc4jjN4XpxTlyXzXxQKfcNDb9MtBRoraDgOkZSH9nQhYkMl2bCp0Gi24poOtUp5c6laWz1R3HnyB4t0EghgEAaifGdvxJKragYQBGuJI1aOgR24CYgYYVTroCiQmgpKHkPcYLENMOgPSdKvFo4TiBuG/UDZ69g2w9ZBzYEo4AYb86yD7cjb8rx76QiV5LpNyDRtsnY5m5V3shBq+rok7YyjgLpp9q6XlLHzq7MP0Jgn8bgoMoAMD37r373b3/kegllmAAlcQCOhPYwwy20GlFITqNBXRKC/i+TXGDu3P1m5Use0KyRe0Yn6o6zVtOYyuV6Tf56FdKjDdFa2utECsxyIdS8S+MLkcuQM9M40sYwAkl/cVBHkLYllgzZ0oY52TBnY60w/gTBIdGCMAwAADTpE3SJk00C2AYgAnQGI47HFtwbIHGsQU7IFDcIRiAGVD8S45XNYhFmZWW1tL3ZuRv4LBVQ/cjSvGd1hxXK71/isB89DF1y8jy67PaodXEM4L5V0kaKRPfEwk2qmOeFDgsVfBCM2jdSPlJVOotov8JglcbBIIgAKA7e/Pd3ZkRaByehAKoCEVIcBRAAQgMZVwODF0gkDTCe3YzElmLgr2iif26GXwrmn8a5HQxHmXuoDyjjdSORXfePA5ABRYZxGfwgGebvJ4Ku+9LUh7HEH8ThUSK9quD8wMJc4XN+V5JaeMcvP0TBPc4BAZBGIBndmbf3c/Oj0ahcSwnkEgkOp3WKbiEGyi+A0j0EldQ6D2PeC+HqbusjTmO3UHfpqPtkNUWDtRH5VF+psqbZhnbUc2XYqCZgXJBRTlrT31Wcr4nGW6ZHPssTa7qgheTjBP1mN6OIISrfkaPaSX0JwjejQgKogCA7t7P27v3szc0QkOiASNTg8DoRGhGDRp4IQWIlSJRgQqcw9MpA1GLhxy9Oq7ScjqDNN3IsHJA8nypW11SZbl4AD87SHwUvG2hs91rTrRAoNxxG/4N474uAHprIHgl7rJXo3iju/zYY8wBVB9Djf4EwasRAjEQANBNbjf7T3pAIFAgGTqgIDyeKlA4PDOYk7RAAQwah4H3tinES+eon6Lev0xQLwYENwXThfPAlXMgDxy8AYR4TSy5Tk6bUWpcVUKOMY1+H0ztrLXiPkT9XXpYejZ+IBX+QQ97BnXZeaQdsrVy0n9BcGyFMAxDAVCyLTv6kuWSBahhBAagyUxZII+SBSgYgMcAKdKxAR17cNfdzo3AF/bAB52wqETcRUd7F1aZHVN+wRyPaZitlDmdJFRuw4s83fI4pO7065zbsZLiKpzwJXjdU4myabX6B1OmioHcBQAA'],
  ['deflate', 'mixed', {'windowBits':9}, 'GJUVz13IGGQVwPHnPOd5zjnP+SxUZBcq6Rho0nq7aEaYNwWhrBaoQy/CPqSIlaJDk2Bk1I2YGYXQKsywmoMyCKeuhZUJ5aDRi8NCzYGTVRJUL1EYYuz6Dz/478u19JgsWyer53qZjdopTlu7epk91oJD+/ApODxucdS+M4jnhVCgj07sskEE/RrvMz/KQHNYdv5Qteb/aSVzS0z7XjDpZ3KpnV6uTiqdn0vs/my55Jwktqdlm0dWn/xpahCfKG91ES1sl+qauGkjeau3UT9JsrGfIrRDQ7oNMMdLUpbHGB3+F4F5MwPbV+d0/Dxop3tDUTdEnK/tlPMChgnHLGd7sK+BR0JYNypV7qNIvZ1R6HJQVMPBtK91hvsyXa8UlgRV5l3sc57EvsYzUYh7mordkGvi/dJKHtZcuCUNOXpJfUVd7O8y1R/wGf1mJchz18g4BETw+yGFT7bE+u7ZhYehK5+ZSbnX5rIfU4y5A8nxjR4mP3CI+uaUwuO4Wn2cweQfgLhwxOSDhND+EFh+qgrpskbUD7NQeyiB5NYWKDeVeHtOvI0POti8C4LgR23QuLK1IX8LYf/VcoPdjc0uF9P2p8zGG+ZcnyONdntrrv/FGvoapdLWNMiTQ1kOdQ8+5qPWdUHQNylRXwRwOg8FZDesXl9kCDuAPeNwWMmmMY33t3B4JlaPp71Vu3Hg8Is6Y57uZnTuLJKrta+xRSF8dBTm8yPnvMI65C51qN/ZaPEaCOstq8E4XuXrZ+kA96BWbK4ckTpwXoy96q02ML9TS3G3SfnHhEtPDmu5DWLgDpvl15uh/7FR2ttnd7+pM/i1MkoPGqz1InCL40tDPkyd+PUVw26Yo/pdvZn/RZAnCiE9UR3bB0Q07pSzVgn3+zESd53tJxBhPJS51gNrMl/AAuvnqbxesbXghT5WPK9QeGCRt8cNhB4fy0tsNHlXaOQ+mA2eZJ90J0TCUcXo+xtFvK/VrNvcOX45Z3IWi90TEPTgmKPOGRp0sE+Z24OSdmJI/8ySwG0OkJ+VoPZPHsafpJquQTSfmmD93z4GXMheeb1Nj7egU3saiPqXaVL/wpAaJ2YL+Gk1p29XQX6qOuPBEUib0ND2N8n1UlA2yhjjlEmu87BNuq4CUZuHfMTB8W1lRXu7sG6XtHYVDq/H1A22DZhyh0efj6wu8bJ250v7mvYNKBrnYx/17snpp8PmuqT1rndzFzww5pIr1EY8he7yr+mR34s+4FCqjfeETN5h7H0LluXrPFs/pG22o6vputi4xmXGPrhG8UYbzc8gS7wzOPTXQ7o/usTlbsfKXxRP+v7qfVztsuyvkK5hQfzsmMBvtnR9wWfKe81D7wgiuHeF205uCleBp57QaPqlNTO/NVfxEwPW3OMqeETN9YdSZl9rCP0dM9f8evmYh92wzu/h7dUA5O3Ull4zoeufmzr9to8cv1lk9H8Orbr7'],
  ['deflate', 'text', { dictionary: Buffer.from('quick brown fox') }, 'eLsu6QXT7crHEYAgEADAVq4Cxxz6sAEUFDEgUaF63779Offd2Z4zUG8C4fbTgPRMg+UMNhIDUDkngBkzZsyYMf8sk2GkbJr5ItZtP+SptLHOX3eIaZYXZVU3bYfn+3kAGk0J/g=='],
];

const inflaterOf = { deflate: 'inflateSync', gzip: 'gunzipSync', deflateRaw: 'inflateRawSync' };

for (const [fn, input, opts, length, crc] of golden) {
  const out = zlib[fn](inputs[input], opts);
  const what = `${fn}(${input}, ${JSON.stringify(opts)})`;
  assert.strictEqual(out.length, length, what);
  assert.strictEqual(zlib.crc32(out), crc, what);
  const back = fn.startsWith('brotli') ? zlib.brotliDecompressSync(out) :
    fn.startsWith('zstd') ? zlib.zstdDecompressSync(out) :
      zlib[inflaterOf[fn.replace('Sync', '')]](out);
  assert.deepStrictEqual(back, inputs[input], what);
}

for (const [kind, input, opts, data] of fromNode) {
  const inflateOpts = opts.dictionary ? { dictionary: opts.dictionary } : {};
  const back = zlib[inflaterOf[kind]](Buffer.from(data, 'base64'), inflateOpts);
  assert.deepStrictEqual(back, inputs[input], `${kind}(${input}, ${JSON.stringify(opts)})`);
  // What eddy makes with the same options inflates to the same input.
  const own = zlib[`${kind}Sync`](inputs[input], opts);
  assert.deepStrictEqual(zlib[inflaterOf[kind]](own, inflateOpts), inputs[input]);
}

// The callback forms (streams on the thread pool) give the bytes of the sync
// forms; zstd's differ there, in node too: a stream's frame header does not
// know the content size.
let pending = 0;
for (const [fn, input, opts, length, crc] of golden.filter((g, i) => i % 5 === 0)) {
  if (fn.startsWith('zstd')) continue;
  pending++;
  zlib[fn.replace('Sync', '')](inputs[input], opts, (err, out) => {
    assert.ifError(err);
    assert.strictEqual(out.length, length);
    assert.strictEqual(zlib.crc32(out), crc);
    pending--;
  });
}
process.on('exit', () => assert.strictEqual(pending, 0));
