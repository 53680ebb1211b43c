-- The sample dataset of the SQL runner (docs/execution-sql.md): made-up artists, their albums, the albums' tracks
-- and who played them. Small on purpose, with the gaps that make joins worth learning: an artist with no album,
-- an artist whose country is unknown, an album with no year, tracks nobody played.

CREATE TABLE artists (
    artist_id   INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    country     TEXT,
    formed_year INTEGER
);

CREATE TABLE albums (
    album_id     INTEGER PRIMARY KEY,
    artist_id    INTEGER NOT NULL REFERENCES artists (artist_id),
    title        TEXT NOT NULL,
    release_year INTEGER,
    genre        TEXT NOT NULL
);

CREATE TABLE tracks (
    track_id         INTEGER PRIMARY KEY,
    album_id         INTEGER NOT NULL REFERENCES albums (album_id),
    track_number     INTEGER NOT NULL,
    title            TEXT NOT NULL,
    duration_seconds INTEGER NOT NULL
);

CREATE TABLE plays (
    play_id        INTEGER PRIMARY KEY,
    track_id       INTEGER NOT NULL REFERENCES tracks (track_id),
    listener       TEXT NOT NULL,
    played_at      TEXT NOT NULL, -- ISO 8601, UTC: works with SQLite's date and time functions
    seconds_played INTEGER NOT NULL
);

INSERT INTO artists (artist_id, name, country, formed_year) VALUES
    (1, 'The Modal Drifters', 'GB', 1998),
    (2, 'Nadia Okafor', 'NG', 2009),
    (3, 'Velvet Oscillator', 'DE', 2014),
    (4, 'Los Cuatro Tiempos', 'AR', 1987),
    (5, 'Mira & the Metronomes', NULL, 2019),
    (6, 'Quiet Harbour', 'NO', 2021);

INSERT INTO albums (album_id, artist_id, title, release_year, genre) VALUES
    (1, 1, 'Dorian Afternoons', 2001, 'jazz'),
    (2, 1, 'Lydian Nights', 2006, 'jazz'),
    (3, 2, 'Lagos Tape Loops', 2012, 'afrobeat'),
    (4, 3, 'Square Wave Sunrise', 2016, 'electronic'),
    (5, 3, 'Low-Pass Dreams', 2020, 'electronic'),
    (6, 4, 'Compás', 1990, 'tango'),
    (7, 5, 'Click Track Confessions', NULL, 'indie'),
    (8, 2, 'Second Line', 2018, 'afrobeat');

INSERT INTO tracks (track_id, album_id, track_number, title, duration_seconds) VALUES
    (1, 1, 1, 'Blue Scale', 312),
    (2, 1, 2, 'Minor Seventh Stroll', 274),
    (3, 2, 1, 'Raised Fourth', 405),
    (4, 2, 2, 'After Midnight in F', 351),
    (5, 3, 1, 'Danfo Groove', 388),
    (6, 3, 2, 'Harmattan', 296),
    (7, 3, 3, 'Market Day', 243),
    (8, 4, 1, 'Sawtooth Morning', 221),
    (9, 4, 2, 'Filter Sweep', 317),
    (10, 5, 1, 'Resonance', 402),
    (11, 5, 2, 'Cutoff', 189),
    (12, 6, 1, 'Milonga del Puerto', 198),
    (13, 6, 2, 'Bandoneón al Alba', 233),
    (14, 6, 3, 'Tres Por Cuatro', 205),
    (15, 7, 1, 'One Two Three Four', 176),
    (16, 7, 2, 'Off the Grid', 214),
    (17, 7, 3, 'Count-In', 12),
    (18, 8, 1, 'Brass Parade', 265),
    (19, 8, 2, 'Call and Response', 301),
    (20, 8, 3, 'Second Line Home', 279);

INSERT INTO plays (play_id, track_id, listener, played_at, seconds_played) VALUES
    (1, 1, 'ada', '2024-03-01T08:15:00Z', 312),
    (2, 1, 'ben', '2024-03-01T09:02:00Z', 120),
    (3, 5, 'ada', '2024-03-01T12:30:00Z', 388),
    (4, 5, 'chen', '2024-03-02T18:45:00Z', 388),
    (5, 5, 'ben', '2024-03-03T07:10:00Z', 200),
    (6, 8, 'chen', '2024-03-03T21:00:00Z', 221),
    (7, 9, 'chen', '2024-03-03T21:04:00Z', 317),
    (8, 10, 'ada', '2024-03-04T06:55:00Z', 402),
    (9, 12, 'dara', '2024-03-04T22:10:00Z', 198),
    (10, 13, 'dara', '2024-03-04T22:14:00Z', 233),
    (11, 15, 'ben', '2024-03-05T10:00:00Z', 176),
    (12, 18, 'ada', '2024-03-05T17:20:00Z', 265),
    (13, 18, 'dara', '2024-03-06T08:00:00Z', 90),
    (14, 19, 'chen', '2024-03-06T19:30:00Z', 301),
    (15, 3, 'ben', '2024-03-07T23:45:00Z', 405),
    (16, 5, 'dara', '2024-03-08T13:05:00Z', 388);
