-- One-time codes (短信验证码) sent to a phone before a booking is made, moved or cancelled in its name: the phone and
-- the code only as keyed hashes, valid for a few minutes and a few tries, used once.
create table verification_code (
    id         uuid         primary key,
    phone_hash varchar(100) not null,
    code_hash  varchar(100) not null,
    expires_at timestamptz  not null,
    attempts   int          not null default 0,
    used_at    timestamptz,
    created_at timestamptz  not null
);
create index verification_code_phone on verification_code (phone_hash, created_at);
