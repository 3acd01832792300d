// H5: the camera through getUserMedia with jsQR decoding frames in a loop; an uploaded image and a
// pasted image as fallbacks (no camera, permission refused, a code sent as a picture).
import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import { closeCamera, decodeImageFile, openCamera, pastedImage, scanFrames } from '@/features/verifier/camera-decoder'
import { useI18n } from '@/i18n/use-i18n'
import type { ScannerProps } from './props'

export default function Scanner({ onText, autoStart, onStart }: ScannerProps) {
  const { t } = useI18n()
  const video = useRef<HTMLVideoElement | null>(null)
  const session = useRef<{ stream: MediaStream | null; stop: () => void } | null>(null)
  const [live, setLive] = useState(false)
  const [problem, setProblem] = useState<'camera' | 'noQr' | null>(null)

  const stop = () => {
    session.current?.stop()
    closeCamera(session.current?.stream ?? null, video.current)
    session.current = null
    setLive(false)
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
      setLive(true)
      session.current.stop = scanFrames(video.current, (text) => {
        stop()
        onText(text)
      })
    } catch {
      stop()
      setProblem('camera')
    }
  }

  const fromImage = async (file: Blob | null | undefined) => {
    if (!file) return
    const text = await decodeImageFile(file)
    if (text) onText(text)
    else setProblem('noQr')
  }

  useEffect(() => {
    if (autoStart) void start()
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
    // Mount and unmount only: the page remounts the scanner for each scan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <View className='qr-scanner__camera'>
      <video ref={video} id='scanner-video' className={`qr-scanner__video ${live ? '' : 'qr-scanner__video--off'}`} muted playsInline />
      {live && <Text className='qr-scanner__hint'>{t('scanner.scanning')}</Text>}
      {live
        ? <ActionButton id='stop-scan' kind='plain' label={t('scanner.stop')} onClick={stop} />
        : <ActionButton id='start-scan' label={t('scanner.start')} onClick={() => void start()} />}
      <FieldMessage text={problem === 'camera' ? t('scanner.cameraError') : problem === 'noQr' ? t('scanner.noQr') : null} />
      <label className='qr-scanner__upload'>
        <Text>{t('scanner.upload')}</Text>
        <input id='scanner-file' type='file' accept='image/*' className='qr-scanner__file'
          onChange={(e) => void fromImage(e.currentTarget.files?.[0]).finally(() => { e.currentTarget.value = '' })} />
      </label>
    </View>
  )
}
