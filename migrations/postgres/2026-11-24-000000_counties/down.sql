DROP TABLE counties;
