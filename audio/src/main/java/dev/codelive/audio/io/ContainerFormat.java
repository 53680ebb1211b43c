package dev.codelive.audio.io;

/** The audio file formats the decoder recognises by their first bytes. */
public enum ContainerFormat {
    /** RIFF/WAVE with integer PCM, IEEE float or WAVE_FORMAT_EXTENSIBLE samples. */
    WAV,
    /** Native FLAC ({@code fLaC}). */
    FLAC,
    /** MPEG-1/2/2.5 audio layers I to III, optionally behind an ID3v2 tag. */
    MP3,
    /** Vorbis in an Ogg container. */
    OGG_VORBIS
}
