// H5: the camera through getUserMedia with jsQR decoding frames in a loop; an uploaded image and a
// pasted image as fallbacks (no camera, permission refused, a code sent as a picture).
// Alone it scans once per tap. On a shift (`live`) the page owns the buttons: the camera stays on while
// `live` and every frame holding a code is passed on, so the next person's code is read as soon as it is in view.
import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import { closeCamera, decodeImageFile, openCamera, pastedImage, scanFrames } from '@/features/verifier/camera-decoder'
import { useI18n } from '@/i18n/use-i18n'
import type { ScannerProps } from './props'

export default function Scanner({ onText, autoStart, onStart, live, onStopped }: ScannerProps) {
  const { t } = useI18n()
  const shift = live !== undefined
  const video = useRef<HTMLVideoElement | null>(null)
  const session = useRef<{ stream: MediaStream | null; stop: () => void } | null>(null)
  const [running, setRunning] = useState(false)
  const [problem, setProblem] = useState<'camera' | 'noQr' | null>(null)
  // The frame loop outlives renders: it calls whatever the page passes now.
  const latest = useRef({ onText, onStopped })
  latest.current = { onText, onStopped }

  const stop = () => {
    session.current?.stop()
    closeCamera(session.current?.stream ?? null, video.current)
    session.current = null
    setRunning(false)
  }

  const start = async () => {
    if (session.current || !video.current) return
    onStart?.()
    setProblem(null)
    session.current = { stream: null, stop: () => undefined }
    try {
      const stream = await openCamera(video.current)
      if (!session.current) return closeCamera(stream, video.current)
      session.current.stream = stream
      setRunning(true)
      session.current.stop = scanFrames(video.current, (text) => {
        if (!shift) stop()
        void latest.current.onText(text, 'camera')
      }, { continuous: shift })
    } catch {
      stop()
      setProblem('camera')
      latest.current.onStopped?.()
    }
  }

  const fromImage = async (file: Blob | null | undefined) => {
    if (!file) return
    const text = await decodeImageFile(file)
    if (text) void latest.current.onText(text, 'picture')
    else setProblem('noQr')
  }

  useEffect(() => {
    if (autoStart && !shift) void start()
    const onPaste = (e: ClipboardEvent) => {
      const img = pastedImage(e)
      if (img) {
        e.preventDefault()
        void fromImage(img)
      }
    }
    window.addEventListener('paste', onPaste)
    return () => {
      window.removeEventListener('paste', onPaste)
      stop()
    }
    // Mount and unmount only: alone, the page remounts the scanner for each scan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    if (!shift) return
    if (live) void start()
    else stop()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shift, live])

  return (
    <View className='qr-scanner__camera'>
      <video ref={video} id='scanner-video' className={`qr-scanner__video ${running ? '' : 'qr-scanner__video--off'}`} muted playsInline />
      {running && !shift && <Text className='qr-scanner__hint'>{t('scanner.scanning')}</Text>}
      {!shift && (running
        ? <ActionButton id='stop-scan' kind='plain' label={t('scanner.stop')} onClick={stop} />
        : <ActionButton id='start-scan' label={t('scanner.start')} onClick={() => void start()} />)}
      <FieldMessage text={problem === 'camera' ? t('scanner.cameraError') : problem === 'noQr' ? t('scanner.noQr') : null} />
      <label className='qr-scanner__upload'>
        <Text>{t('scanner.upload')}</Text>
        <input id='scanner-file' type='file' accept='image/*' className='qr-scanner__file'
          onChange={(e) => void fromImage(e.currentTarget.files?.[0]).finally(() => { e.currentTarget.value = '' })} />
      </label>
    </View>
  )
}
