// The verification page: checks a document's QR payload (the address's fragment, a pasted
// text or a photo) against the bureau's public keys, in the browser, with no server.
// The payload's layout is described in desktop/documents/qr_payload.py of Approval Desk.

const TYPE_CODES = [
  "licence", "grant", "rejection", "non_acceptance", "filing", "filing_refusal",
  "completion", "refusal", "termination", "withdrawal",
];
const V2_TYPES = 4;
const MARKINGS = ["original", "copy", "void"];
const DIGEST_BYTES = { 2: 16, 3: 12 };
const HINT_BYTES = 2;
const ID_PACKS = { 1: ["0123456789X", 5], 2: ["0123456789ABCDEFGHJKLMNPQRTUWXY", 7] };
const SIGNATURE_BYTES = 64;
const KEPT_HEAD = 6;
const KEPT_TAIL = 4;

const $ = (id) => document.getElementById(id);

function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) {
    throw new Error("not base64url");
  }
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "==".slice(0, (4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function toBase64url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function dayOf(days) {
  return new Date(Date.UTC(2000, 0, 1) + days * 86400000);
}

function chineseDate(value) {
  return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
}

function isoDate(text) {
  const [y, m, d] = text.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function maskId(id) {
  if (id.length <= KEPT_HEAD + KEPT_TAIL) return id;
  return id.slice(0, KEPT_HEAD) + "*".repeat(id.length - KEPT_HEAD - KEPT_TAIL) + id.slice(-KEPT_TAIL);
}

function holderIdOf(length, kept) {
  if (length > KEPT_HEAD + KEPT_TAIL && kept.length === KEPT_HEAD + KEPT_TAIL) {
    return kept.slice(0, KEPT_HEAD) + "*".repeat(length - KEPT_HEAD - KEPT_TAIL) + kept.slice(KEPT_HEAD);
  }
  if (kept.length === length) return kept;
  throw new Error("bad ID");
}

// Versions 2 and 3: binary fields, then the signature over them.
function parseBinary(text) {
  const data = fromBase64url(text);
  // The last character's unused bits: one text per payload, as the desk checks it.
  if (toBase64url(data) !== text) throw new Error("not canonical");
  if (data.length <= SIGNATURE_BYTES) throw new Error("too short");
  const signed = data.subarray(0, data.length - SIGNATURE_BYTES);
  const signature = data.subarray(data.length - SIGNATURE_BYTES);
  const decoder = new TextDecoder("gb18030", { fatal: true });
  let at = 0;
  const take = (count) => {
    if (at + count > signed.length) throw new Error("too short");
    const chunk = signed.subarray(at, at + count);
    at += count;
    return chunk;
  };
  const byte = () => take(1)[0];
  const day = () => {
    const [high, low] = take(2);
    return dayOf(high * 256 + low);
  };
  const str = () => decoder.decode(take(byte()));
  const version = byte();
  if (version !== 2 && version !== 3) throw new Error("unknown version");
  let flags, index, keyHint;
  if (version === 2) {
    flags = byte();
    if (flags & ~0b111) throw new Error("unknown flags");
    index = byte();
    if (index > V2_TYPES) throw new Error("unknown type");
  } else {
    const head = byte();
    flags = head & 0b111;
    index = head >> 3;
    if (index > TYPE_CODES.length) throw new Error("unknown type");
  }
  if ((flags & 0b11) >= MARKINGS.length) throw new Error("unknown flags");
  const type = index ? TYPE_CODES[index - 1] : str();
  keyHint = take(version === 2 ? 6 : HINT_BYTES).slice();
  const issued = day();
  const validUntil = flags & 0b100 ? day() : null;
  take(DIGEST_BYTES[version]);
  let number;
  if (version === 2) {
    number = str();
  } else {
    const size = byte();
    if (size < 128) {
      number = decoder.decode(take(size));
    } else {
      const prefix = decoder.decode(take(size - 128));
      const year = 2000 + byte();
      const [high, low] = take(2);
      number = `${prefix}〔${year}〕${String(high * 256 + low).padStart(4, "0")}号`;
    }
  }
  const holder = str();
  let holderId;
  if (version === 2) {
    const length = byte();
    holderId = holderIdOf(length, str());
  } else {
    const head = byte();
    const pack = head >> 6;
    const length = head & 0b111111;
    if (pack === 0) {
      holderId = holderIdOf(length, str());
    } else if (ID_PACKS[pack]) {
      const [alphabet, size] = ID_PACKS[pack];
      let value = 0n;
      for (const b of take(size)) value = value * 256n + BigInt(b);
      let kept = "";
      const base = BigInt(alphabet.length);
      for (let n = 0; n < KEPT_HEAD + KEPT_TAIL; n++) {
        kept = alphabet[Number(value % base)] + kept;
        value /= base;
      }
      if (value !== 0n) throw new Error("bad ID");
      holderId = holderIdOf(length, kept);
    } else {
      throw new Error("bad ID");
    }
  }
  const item = str();
  if (at !== signed.length) throw new Error("trailing bytes");
  return {
    signed, signature, keyHint, type, number, holder, holderId, item, issued, validUntil,
    marking: MARKINGS[flags & 0b11],
  };
}

// Version 1: sorted compact JSON, signed without its "s".
function parseJson(text) {
  const body = JSON.parse(text);
  if (body.v !== 1 || typeof body.s !== "string" || typeof body.k !== "string") {
    throw new Error("not a payload");
  }
  const unsigned = {};
  for (const key of Object.keys(body).filter((k) => k !== "s").sort()) unsigned[key] = body[key];
  return {
    signed: new TextEncoder().encode(JSON.stringify(unsigned)),
    signature: fromBase64url(body.s),
    keyHint: fromBase64url(body.k),
    type: body.t,
    number: body.n,
    holder: body.h,
    holderId: maskId(body.id),
    item: body.i,
    issued: isoDate(body.d),
    validUntil: body.u ? isoDate(body.u) : null,
    marking: body.m || "original",
  };
}

function payloadOf(text) {
  let payload = text.trim();
  const hash = payload.indexOf("#");
  if (/^https?:\/\//i.test(payload) && hash >= 0) payload = payload.slice(hash + 1);
  if (payload.includes("%")) {
    try { payload = decodeURIComponent(payload); } catch { /* left as it is */ }
  }
  return payload.trim();
}

let noble = null;

async function ed25519Verify(publicKey, signature, message) {
  if (!globalThis.crypto || !crypto.subtle) throw new Error("no crypto");
  try {
    const key = await crypto.subtle.importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"]);
    return await crypto.subtle.verify({ name: "Ed25519" }, key, signature, message);
  } catch (error) {
    if (error && error.name !== "NotSupportedError") throw error;
  }
  // A browser without Ed25519 in WebCrypto: the vendored, pinned implementation.
  noble = noble || (await import("./vendor/noble-ed25519-2.3.0.js"));
  return noble.verifyAsync(signature, message, publicKey, { zip215: false });
}

let trust = null;
let voids = null; // { ok, updated, voided } once read

async function loadJson(file) {
  const response = await fetch(file, { cache: "no-store" });
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return response.json();
}

async function loadLists() {
  trust = await loadJson("trust.json");
  $("organ").textContent = trust.organ;
  document.title = `${trust.organ} 文书二维码核验`;
  if (trust.hotline) $("hotline").textContent = `（${trust.hotline}）`;
  try {
    const signedList = await loadJson("voids.json");
    const raw = trust.keys[signedList.key];
    const message = new TextEncoder().encode(signedList.list);
    const ok = !!raw && (await ed25519Verify(fromBase64url(raw), fromBase64url(signedList.signature), message));
    const list = ok ? JSON.parse(signedList.list) : null;
    voids = ok ? { ok, updated: new Date(list.updated), voided: list.voided } : { ok: false };
  } catch (error) {
    voids = { ok: false };
  }
  if (voids.ok) {
    const updated = voids.updated;
    const text = `作废名单更新于 ${chineseDate(new Date(updated.getTime() + 8 * 3600000))}`;
    $("list-date").textContent = `${text}（名单由发证机关签名）。`;
    const ageDays = (Date.now() - updated.getTime()) / 86400000;
    if (ageDays > (trust.void_list_days || 7)) {
      $("stale").hidden = false;
      $("stale").textContent = `${text}，已超过 ${trust.void_list_days} 天：此后作废的文书本页可能尚不知道，请向发证机关核实。`;
    }
  }
}

function show(status, headline, reason, fields) {
  $("result").dataset.status = status;
  $("status").textContent = headline;
  $("reason").textContent = reason;
  const box = $("fields");
  box.hidden = !fields;
  if (fields) {
    $("f-type").textContent = (trust && trust.titles[fields.type]) || fields.type;
    $("f-number").textContent = fields.number;
    $("f-holder").textContent = fields.holder;
    $("f-id").textContent = fields.holderId;
    $("f-item").textContent = fields.item;
    $("f-date").textContent = chineseDate(fields.issued);
    $("f-validity").textContent = fields.validUntil
      ? `${chineseDate(fields.issued)}至${chineseDate(fields.validUntil)}`
      : fields.type === "licence" ? "长期有效" : "—";
    $("f-organ").textContent = trust ? trust.organ : "";
  }
  document.body.dataset.checked = status;
}

async function check(text) {
  const payload = payloadOf(text || "");
  if (!payload) {
    show("waiting", "请扫描文书上的二维码", "用手机相机扫描许可证或决定书上的二维码，即可在本页核验；也可在下方粘贴二维码内容或上传二维码照片。", null);
    return;
  }
  show("checking", "正在核验…", "", null);
  let fields;
  try {
    fields = payload.startsWith("{") ? parseJson(payload) : parseBinary(payload);
  } catch (error) {
    show("invalid", "无效", "这不是本机关文书的二维码内容，或内容已被改动、残缺。", null);
    return;
  }
  if (!trust) {
    show("unknown", "无法确认", "本页的密钥清单未能读取，请联网后刷新本页再试。", fields);
    return;
  }
  // Every trusted key whose id starts with the payload's key hint (the whole id before v3).
  const hinted = (id) => {
    const bytes = fromBase64url(id);
    return fields.keyHint.every((b, n) => bytes[n] === b);
  };
  const candidates = Object.keys(trust.keys).filter(hinted).map((id) => trust.keys[id]);
  if (!candidates.length) {
    show("unknown", "无法确认", "二维码不是由本机关受信任的密钥签发的：请向发证机关核实。", fields);
    return;
  }
  let genuine = false;
  try {
    for (const raw of candidates) {
      if (await ed25519Verify(fromBase64url(raw), fields.signature, fields.signed)) {
        genuine = true;
        break;
      }
    }
  } catch (error) {
    show("unknown", "无法确认", "本浏览器无法完成签名核验，请换用较新的浏览器再试。", fields);
    return;
  }
  if (!genuine) {
    show("invalid", "无效", "二维码的签名与内容不符：内容被改动或伪造。请勿采信该文书。", null);
    return;
  }
  if (fields.marking === "void") {
    show("void", "已作废", "这是一份标记“作废”的文书打印件，不能作为许可凭证使用。", fields);
    return;
  }
  if (!voids || !voids.ok) {
    show("unknown", "无法确认", "二维码确由本机关签发，但作废名单未能读取或核验，无法确认文书是否已作废。", fields);
    return;
  }
  const voidedOn = voids.voided[fields.number];
  if (voidedOn) {
    show("void", "已作废", `该文书已于${chineseDate(isoDate(voidedOn))}作废，不能再作为许可凭证使用。`, fields);
    return;
  }
  let reason = "二维码由本机关签发，内容未被改动，该文书不在作废名单中。请核对下列内容与纸质文书一致。";
  if (fields.marking === "copy") reason += "此为补打的副本。";
  const today = new Date();
  if (fields.validUntil && fields.validUntil.getTime() + 86400000 < today.getTime()) {
    reason += `注意：有效期已于${chineseDate(fields.validUntil)}届满。`;
  }
  show("valid", "有效", reason, fields);
}

async function readPhoto(file) {
  $("photo-note").textContent = "正在识别照片中的二维码…";
  if (!window.jsQR) {
    await new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = "vendor/jsQR-1.4.0.js";
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext("2d", { willReadFrequently: true });
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: "attemptBoth" });
  if (!code) {
    $("photo-note").textContent = "照片中没有找到二维码：请靠近、对准、避免反光后重拍。";
    return;
  }
  $("photo-note").textContent = "已读取照片中的二维码。";
  $("paste").value = code.data;
  await check(code.data);
}

async function start() {
  try {
    await loadLists();
  } catch (error) {
    trust = null;
  }
  await check(location.hash.slice(1));
  window.addEventListener("hashchange", () => check(location.hash.slice(1)));
  $("paste-form").addEventListener("submit", (event) => {
    event.preventDefault();
    check($("paste").value);
  });
  $("photo").addEventListener("change", () => {
    const file = $("photo").files[0];
    if (file) readPhoto(file).catch(() => { $("photo-note").textContent = "无法读取这张照片，请换一张再试。"; });
  });
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("sw.js").catch(() => {});
  }
}

start();
