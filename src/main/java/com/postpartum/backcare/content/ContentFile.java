package com.postpartum.backcare.content;

/**
 * A parsed document with the file it came from, so every problem can name its file.
 *
 * @param path where the file was read, as shown in error messages
 * @param name the file name without its extension; it must equal the slug
 */
public record ContentFile<T>(String path, String name, T document) {
}
