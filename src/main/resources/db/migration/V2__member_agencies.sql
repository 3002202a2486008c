-- The member agencies of the Bournemouth and Poole LSCB in 2010-11 (seed 001, section 2.a.1).
-- A partnership replaces these with its own: add rows (or POST /api/agencies); no code change.
INSERT INTO agency (slug, name, sector) VALUES
  ('bournemouth-council', 'Bournemouth Borough Council', 'local-authority'),
  ('poole-council', 'Borough of Poole', 'local-authority'),
  ('dorset-healthcare', 'Dorset Healthcare University Foundation Trust', 'health'),
  ('strategic-health-authority', 'Strategic Health Authority', 'health'),
  ('poole-hospital', 'Poole Hospital Foundation Trust', 'health'),
  ('royal-bournemouth-hospital', 'Royal Bournemouth and Christchurch Hospital Foundation Trust', 'health'),
  ('primary-care-trust', 'Bournemouth and Poole Teaching Primary Care Trust', 'health'),
  ('community-health', 'NHS Bournemouth and Poole Community Health Services', 'health'),
  ('dorset-police', 'Dorset Police', 'police'),
  ('youth-offending-service', 'Bournemouth and Poole Youth Offending Service', 'youth-justice'),
  ('dorset-probation', 'Dorset Probation', 'probation'),
  ('cafcass', 'Child and Family Court Advisory Service (CAFCASS)', 'courts'),
  ('connexions', 'Ansbury plc (delivering Connexions)', 'education'),
  ('poole-adult-social-services', 'Adult Social Services for Borough of Poole', 'local-authority');
