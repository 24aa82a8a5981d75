-- editors' changes to a proposal's terms are kept like changes to events
create table proposal_aud (
    id bigint not null,
    rev integer not null references revinfo (rev),
    revtype smallint,
    truce varchar(200),
    stages varchar(200),
    hostages varchar(200),
    prisoners varchar(200),
    primary key (id, rev)
);
