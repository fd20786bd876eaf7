-- One PostgreSQL, one database per service: the event store never shares tables with read models.
CREATE DATABASE topset_events;
CREATE DATABASE topset_query;
CREATE DATABASE topset_analytics;
