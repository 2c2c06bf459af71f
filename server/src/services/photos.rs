//! Photos sent with a form: recognised as JPEG or PNG by their content (not by
//! their name), at most 5 MB each, and stored without their metadata (Exif with
//! GPS location and camera, XMP, IPTC, comments, PNG text chunks). The image data
//! itself is kept as sent: parsed as a container with `img-parts`, not re-encoded.

use bytes::Bytes;
use img_parts::jpeg::{Jpeg, markers};
use img_parts::png::Png;

pub use app::form::MAX_PHOTO_BYTES;

/// A photo ready to store.
#[derive(Debug)]
pub struct CleanPhoto {
    pub bytes: Bytes,
    pub content_type: &'static str,
}

/// Why a file cannot be used: a key in the translation files.
pub const NOT_A_PHOTO: &str = "form-error-photo-type";
pub const TOO_BIG: &str = "form-error-photo-size";

/// JPEG segments that carry no personal data and that viewers need: the JFIF
/// header (APP0), colour profiles (APP2 ICC) and Adobe's colour transform (APP14).
fn keep_jpeg_segment(marker: u8) -> bool {
    let is_app = (markers::APP0..=markers::APP15).contains(&marker);
    !(marker == markers::COM
        || (is_app && !matches!(marker, markers::APP0 | markers::APP2 | markers::APP14)))
}

/// PNG chunks with text or metadata (tEXt, zTXt, iTXt, eXIf, tIME) are dropped.
fn keep_png_chunk(kind: [u8; 4]) -> bool {
    !matches!(&kind, b"tEXt" | b"zTXt" | b"iTXt" | b"eXIf" | b"tIME")
}

/// Checks what a file is and removes its metadata.
pub fn clean(bytes: Bytes) -> Result<CleanPhoto, &'static str> {
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err(TOO_BIG);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        let mut jpeg = Jpeg::from_bytes(bytes).map_err(|_| NOT_A_PHOTO)?;
        // A JPEG has its image data: a frame header and a scan.
        let has_frame = jpeg.segments().iter().any(|s| {
            matches!(s.marker(), markers::SOF0..=markers::SOF15) && s.marker() != markers::DHT
        });
        if !has_frame || jpeg.segment_by_marker(markers::SOS).is_none() {
            return Err(NOT_A_PHOTO);
        }
        jpeg.segments_mut()
            .retain(|s| keep_jpeg_segment(s.marker()));
        return Ok(CleanPhoto {
            bytes: jpeg.encoder().bytes(),
            content_type: "image/jpeg",
        });
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        let mut png = Png::from_bytes(bytes).map_err(|_| NOT_A_PHOTO)?;
        if png.chunk_by_type(*b"IHDR").is_none() || png.chunk_by_type(*b"IDAT").is_none() {
            return Err(NOT_A_PHOTO);
        }
        png.chunks_mut().retain(|c| keep_png_chunk(c.kind()));
        return Ok(CleanPhoto {
            bytes: png.encoder().bytes(),
            content_type: "image/png",
        });
    }
    Err(NOT_A_PHOTO)
}

/// A file name safe to show and store: the last part, printable, at most 80 characters.
pub fn display_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let name: String = last
        .chars()
        .filter(|c| !c.is_control())
        .take(80)
        .collect::<String>()
        .trim()
        .to_string();
    if name.is_empty() { "foto".into() } else { name }
}

/// Stores a cleaned photo; returns its id.
pub async fn store(
    store: &crate::store::Store,
    journey: &str,
    field: &str,
    name: &str,
    photo: &CleanPhoto,
) -> Result<String, sqlx::Error> {
    let id = crate::services::drafts::random_hex();
    let upload = crate::store::uploads::NewUpload {
        id: &id,
        journey,
        field,
        file_name: name,
        content_type: photo.content_type,
        bytes: photo.bytes.as_ref(),
    };
    crate::store::uploads::insert(store, &upload).await?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small JPEG as a camera writes it: JFIF, Exif with a GPS position, XMP,
    /// a comment, a quantisation table, a frame, a scan (its pixels are not
    /// decodable; the container is what we check and clean).
    pub fn camera_jpeg() -> Vec<u8> {
        include_bytes!("../../tests/fixtures/camera-with-gps.jpg").to_vec()
    }

    #[test]
    fn a_camera_photo_loses_its_location_and_keeps_its_image() {
        let original = camera_jpeg();
        let clean = clean(Bytes::from(original.clone())).expect("a photo");
        assert_eq!(clean.content_type, "image/jpeg");
        let text = String::from_utf8_lossy(&clean.bytes);
        for gone in ["GPSLatitude", "Exif", "xmpmeta", "Jan"] {
            assert!(!text.contains(gone), "{gone} removed");
        }
        assert!(text.contains("JFIF"));
        assert!(
            clean.bytes.starts_with(&[0xFF, 0xD8])
                && clean.bytes.ends_with(&[0x12, 0x34, 0x56, 0xFF, 0xD9])
        );
        assert!(clean.bytes.len() < original.len());
    }

    #[test]
    fn what_is_not_a_photo_is_refused() {
        let renamed = Bytes::from_static(b"%PDF-1.7 this is a letter, renamed to foto.jpg");
        assert_eq!(clean(renamed).map(|_| ()), Err(NOT_A_PHOTO));
        let truncated = Bytes::from(camera_jpeg()[..30].to_vec());
        assert_eq!(clean(truncated).map(|_| ()), Err(NOT_A_PHOTO));
        let big = Bytes::from(vec![0xFF; MAX_PHOTO_BYTES + 1]);
        assert_eq!(clean(big).map(|_| ()), Err(TOO_BIG));
        let fake_png = Bytes::from_static(b"\x89PNG\r\n\x1a\nnot really");
        assert_eq!(clean(fake_png).map(|_| ()), Err(NOT_A_PHOTO));
    }

    #[test]
    fn names_are_shown_safely() {
        assert_eq!(display_name("C:\\Users\\jan\\IMG_0001.JPG"), "IMG_0001.JPG");
        assert_eq!(display_name("../../etc/passwd"), "passwd");
        assert_eq!(display_name("\u{7}"), "foto");
    }
}
