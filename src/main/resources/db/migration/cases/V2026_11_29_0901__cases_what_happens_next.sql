-- What the e-service's handler said happens next ("granted, now pay for the first period", "booked; send the
-- certificate by ..."), kept with the case so the receipt page and the case page can say it after the redirect.
alter table cases_case add column next_sv text, add column next_en text;
