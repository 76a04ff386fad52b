import { Alert, Button, Group, Image, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Photo {
  mime: 'image/jpeg';
  base64: string;
}

/**
 * The desk camera (getUserMedia). In the desktop app the permission handler grants the camera
 * to the app's own page only. The frame is scaled to 480 px wide and sent as JPEG.
 */
export function PhotoCapture({ photo, onPhoto, compact }: { photo: Photo | null; onPhoto(p: Photo | null): void; compact?: boolean }) {
  const width = compact ? 120 : 240;
  const { t } = useTranslation('desk');
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The capture button waits for the first frame: before it the video has no size to draw.
  const [ready, setReady] = useState(false);

  useEffect(() => () => stream?.getTracks().forEach((tr) => tr.stop()), [stream]);

  const start = async () => {
    try {
      const s = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: false });
      setReady(false);
      setStream(s);
      setError(null);
      if (video.current) {
        video.current.srcObject = s;
        await video.current.play();
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const stop = () => {
    stream?.getTracks().forEach((tr) => tr.stop());
    setStream(null);
    setReady(false);
  };
  const capture = () => {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = Math.round((480 * v.videoHeight) / v.videoWidth);
    canvas.getContext('2d')?.drawImage(v, 0, 0, canvas.width, canvas.height);
    const base64 = canvas.toDataURL('image/jpeg', 0.85).split(',')[1] ?? '';
    onPhoto({ mime: 'image/jpeg', base64 });
    stop();
  };

  return (
    <Stack gap={4}>
      <video ref={video} muted playsInline onLoadedData={() => setReady(true)} onPlaying={() => setReady(true)} style={{ width, display: stream ? 'block' : 'none', borderRadius: 4 }} data-testid="camera-video" />
      {photo && !stream && <Image src={`data:${photo.mime};base64,${photo.base64}`} w={width} radius="sm" alt={t('camera.taken')} data-testid="photo-preview" />}
      {error && <Alert color="red">{t('camera.unavailable', { message: error })}</Alert>}
      <Group gap="xs">
        {!stream && (
          <Button size="xs" variant="light" onClick={() => void start()} data-testid="camera-start">
            {photo ? t('camera.retake') : t('camera.start')}
          </Button>
        )}
        {stream && (
          <>
            <Button size="xs" onClick={capture} disabled={!ready} loading={!ready} data-testid="camera-capture">
              {t('camera.capture')}
            </Button>
            <Button size="xs" variant="subtle" onClick={stop}>
              {t('camera.off')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
