-- Incidents belong to the jurisdiction of the supervisor who recorded them: only its supervisors see and
-- exempt them. Those recorded before are placed where the cadre works: a department by its code's
-- jurisdiction, an agent by the town of its requests, an officer by its department's jurisdiction. One
-- that cannot be placed gets '' and stays out of every evaluation until an operator sets it.
alter table incident add column jurisdiction varchar(12);
update incident set jurisdiction = split_part(cadre, '-', 1) where cadre_kind = 'DEPARTMENT';
update incident i set jurisdiction = (select left(min(r.village), 9) from watched_request r
                                      where cast(r.agent_id as text) = i.cadre)
where cadre_kind = 'AGENT';
update incident i set jurisdiction = (select split_part(min(o.department), '-', 1) from officer_action o
                                      where o.officer = i.cadre)
where cadre_kind = 'OFFICER';
update incident set jurisdiction = '' where jurisdiction is null;
alter table incident alter column jurisdiction set not null;
