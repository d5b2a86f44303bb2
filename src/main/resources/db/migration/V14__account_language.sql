-- The language she chose with the header's switch (docs/architecture.md, "Languages"): her mails
-- speak it and a new device starts in it. Null until she chooses; then the browser's language applies.
alter table account add column language varchar(8);
