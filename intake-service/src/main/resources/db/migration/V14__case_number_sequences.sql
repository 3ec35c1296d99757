-- Case numbers from a sequence per jurisdiction and year instead of the counter row, which every
-- submission of a jurisdiction locked until it committed: with two replicas submissions queued on it.
-- A sequence hands out numbers without a lock held to the end of the transaction; a rolled-back
-- submission leaves a gap, which readable case numbers tolerate (documents keep their gapless counter).
-- The sequence of a jurisdiction and year is made on first use, starting after the old counter's last.
create function next_case_number(jurisdiction varchar, year int) returns bigint
language plpgsql as $$
declare
    sequence_name text := format('case_number_%s_%s', jurisdiction, year);
    counted int;
begin
    if jurisdiction !~ '^[0-9]{6,12}$' then
        raise exception 'not a jurisdiction code: %', jurisdiction using errcode = '22023';
    end if;
    if to_regclass(sequence_name) is null then
        select c.last into counted from case_number_counter c where c.jurisdiction = $1 and c.year = $2;
        begin
            execute format('create sequence if not exists %I start with %s', sequence_name, coalesce(counted, 0) + 1);
        exception when unique_violation or duplicate_table then
            -- Another transaction made it at the same moment and has committed it: use theirs.
            null;
        end;
    end if;
    return nextval(sequence_name);
end
$$;
