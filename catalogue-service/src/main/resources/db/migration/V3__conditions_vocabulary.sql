-- A material's condition is now a code of a closed vocabulary (platform's Condition, GET /api/v1/conditions). Items
-- written before named it in a town's own words: each word the vocabulary knows (its label or an alias, Latin letters
-- in any case) becomes the code it stands for, in every version. What no code stands for is left as it was, and
-- both are kept in condition_migration, the report an administrator reads at GET /api/v1/conditions/migration:
-- an unmapped condition is refused at the item's next save until it is corrected. The words below are the
-- vocabulary's as it was when this ran; later aliases are the import's and the window's business, not this one's.
create table condition_migration (
    item_code         varchar(30)  not null,
    version           int          not null,
    material          varchar(20)  not null,
    was               varchar(300) not null,
    code              varchar(20),
    jurisdiction_code varchar(12)  not null,
    migrated_at       timestamptz  not null default now(),
    primary key (item_code, version, material)
);

create temporary table condition_word (word varchar(100) primary key, code varchar(20) not null) on commit drop;
insert into condition_word (word, code) values
    ('PROXY_APPLICANT', 'PROXY_APPLICANT'),
    ('委托他人代办', 'PROXY_APPLICANT'),
    ('ON_BEHALF', 'PROXY_APPLICANT'),
    ('BEHALF', 'PROXY_APPLICANT'),
    ('PROXY', 'PROXY_APPLICANT'),
    ('AGENT', 'PROXY_APPLICANT'),
    ('ENTRUSTED', 'PROXY_APPLICANT'),
    ('委托代办', 'PROXY_APPLICANT'),
    ('代办', 'PROXY_APPLICANT'),
    ('委托他人办理', 'PROXY_APPLICANT'),
    ('ENTERPRISE_APPLICANT', 'ENTERPRISE_APPLICANT'),
    ('申请人为企业或其他组织', 'ENTERPRISE_APPLICANT'),
    ('ENTERPRISE', 'ENTERPRISE_APPLICANT'),
    ('ORGANISATION', 'ENTERPRISE_APPLICANT'),
    ('ORGANIZATION', 'ENTERPRISE_APPLICANT'),
    ('LEGAL_PERSON', 'ENTERPRISE_APPLICANT'),
    ('COMPANY', 'ENTERPRISE_APPLICANT'),
    ('企业', 'ENTERPRISE_APPLICANT'),
    ('法人', 'ENTERPRISE_APPLICANT'),
    ('单位申请', 'ENTERPRISE_APPLICANT'),
    ('MINOR', 'MINOR'),
    ('申请人为未成年人', 'MINOR'),
    ('UNDER_18', 'MINOR'),
    ('CHILD', 'MINOR'),
    ('JUVENILE', 'MINOR'),
    ('未成年人', 'MINOR'),
    ('未成年', 'MINOR'),
    ('SENIOR', 'SENIOR'),
    ('申请人年满60周岁', 'SENIOR'),
    ('ELDERLY', 'SENIOR'),
    ('AGED', 'SENIOR'),
    ('OVER_60', 'SENIOR'),
    ('老年人', 'SENIOR'),
    ('60周岁以上', 'SENIOR'),
    ('DISABLED', 'DISABLED'),
    ('申请人为残疾人', 'DISABLED'),
    ('DISABILITY', 'DISABLED'),
    ('HANDICAPPED', 'DISABLED'),
    ('残疾人', 'DISABLED'),
    ('NON_LOCAL_HOUSEHOLD', 'NON_LOCAL_HOUSEHOLD'),
    ('申请人为非本地户籍', 'NON_LOCAL_HOUSEHOLD'),
    ('NON_LOCAL', 'NON_LOCAL_HOUSEHOLD'),
    ('NONLOCAL', 'NON_LOCAL_HOUSEHOLD'),
    ('MIGRANT', 'NON_LOCAL_HOUSEHOLD'),
    ('OUTSIDER', 'NON_LOCAL_HOUSEHOLD'),
    ('外地户籍', 'NON_LOCAL_HOUSEHOLD'),
    ('非本地户籍', 'NON_LOCAL_HOUSEHOLD'),
    ('REPLACEMENT', 'REPLACEMENT'),
    ('遗失或损毁后补办', 'REPLACEMENT'),
    ('REISSUE', 'REPLACEMENT'),
    ('LOST', 'REPLACEMENT'),
    ('REPLACE', 'REPLACEMENT'),
    ('补办', 'REPLACEMENT'),
    ('补领', 'REPLACEMENT'),
    ('遗失补办', 'REPLACEMENT'),
    ('CHANGE', 'CHANGE'),
    ('已登记事项变更', 'CHANGE'),
    ('MODIFICATION', 'CHANGE'),
    ('ALTERATION', 'CHANGE'),
    ('变更', 'CHANGE'),
    ('变更登记', 'CHANGE');

insert into condition_migration (item_code, version, material, was, code, jurisdiction_code)
select v.code, v.version, m ->> 'code', m ->> 'conditionCode', w.code, v.jurisdiction_code
from item_version v
cross join lateral jsonb_array_elements(v.guide -> 'materials') m
left join condition_word w on w.word = upper(trim(m ->> 'conditionCode'))
where m ->> 'conditionCode' is not null
  and (w.code is null or w.code <> m ->> 'conditionCode')
on conflict do nothing;

update item_version v
set guide = jsonb_set(v.guide, '{materials}', (
        select jsonb_agg(case when w.code is null then m else jsonb_set(m, '{conditionCode}', to_jsonb(w.code)) end order by i)
        from jsonb_array_elements(v.guide -> 'materials') with ordinality t(m, i)
        left join condition_word w on w.word = upper(trim(m ->> 'conditionCode'))))
where exists (select 1 from condition_migration r where r.item_code = v.code and r.version = v.version and r.code is not null);
