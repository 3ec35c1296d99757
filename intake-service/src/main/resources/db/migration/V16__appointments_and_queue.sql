-- Service centres (政务服务中心 / 便民服务中心), their windows and the items each serves, the slots residents book
-- (预约) and the day's queue numbers (取号 / 叫号).
create table service_centre (
    code          varchar(40)  primary key,
    name          varchar(100) not null,
    jurisdiction  varchar(12)  not null,
    address       varchar(200) not null,
    -- The periods it is open on a working day, e.g. [{"opens":"09:00","closes":"12:00"},{"opens":"13:30","closes":"17:00"}]
    opening_hours jsonb        not null,
    -- Open on rest days too (周末不打烊), not only on the calendar's working days
    open_on_rest_days boolean  not null,
    slot_minutes  int          not null check (slot_minutes between 5 and 240),
    slot_capacity int          not null check (slot_capacity between 1 and 500),
    booking_days  int          not null check (booking_days between 1 and 90),
    updated_at    timestamptz  not null,
    updated_by    varchar(100) not null
);

create table service_window (
    centre_code varchar(40)  not null references service_centre (code) on delete cascade,
    number      varchar(10)  not null,
    name        varchar(100) not null,
    -- The items it serves; none listed: every item of the centre (综合窗口)
    items       jsonb        not null,
    primary key (centre_code, number)
);

-- How many bookings a slot holds: incremented only while below the centre's capacity, in one statement.
create table appointment_slot (
    centre_code varchar(40) not null,
    starts_at   timestamptz not null,
    booked      int         not null check (booked >= 0),
    primary key (centre_code, starts_at)
);

create table appointment (
    id           uuid primary key,
    number       varchar(60)  not null unique,
    centre_code  varchar(40)  not null references service_centre (code),
    item_code    varchar(40)  not null,
    item_name    varchar(200) not null,
    day          date         not null,
    starts_at    timestamptz  not null,
    ends_at      timestamptz  not null,
    status       varchar(12)  not null,
    name         varchar(100) not null,
    phone_sealed text         not null,
    phone_hash   varchar(100) not null,
    phone_masked varchar(20)  not null,
    email_sealed text,
    email_hash   varchar(100),
    email_masked varchar(100),
    booked_at    timestamptz  not null,
    changed_at   timestamptz  not null
);
-- One booking per resident, item and day: a second is a mistake or a slot held from others.
create unique index appointment_one_a_day on appointment (phone_hash, item_code, day) where status = 'BOOKED';
create index appointment_due on appointment (ends_at) where status = 'BOOKED';

create table queue_ticket (
    id             uuid primary key,
    centre_code    varchar(40) not null references service_centre (code),
    day            date        not null,
    number         varchar(10) not null,
    appointment_id uuid references appointment (id),
    item_code      varchar(40) not null,
    status         varchar(10) not null,
    window_number  varchar(10),
    taken_at       timestamptz not null,
    called_at      timestamptz,
    case_number    varchar(40),
    unique (centre_code, day, number)
);
create index queue_ticket_waiting on queue_ticket (centre_code, day, taken_at) where status = 'WAITING';

-- The day's last number per centre and series (A: booked, B: walk-in).
create table queue_counter (
    centre_code varchar(40) not null,
    day         date        not null,
    series      char(1)     not null,
    last        int         not null,
    primary key (centre_code, day, series)
);
