-- One database per service, as in the devstack. Runs once, when the PostgreSQL volume is new.
create database catalogue;
create database intake;
create database proxyagent;
create database oversight;
