// Every cloud function the host serves at POST /api/<name>. A test checks this list against the
// folders in cloudfunctions/, so a function cannot be added without being hosted (and tested).
import type { CloudMain } from '../runtime/define-function'
import * as authOtpRequest from '../../cloudfunctions/auth-otp-request'
import * as authOtpVerify from '../../cloudfunctions/auth-otp-verify'
import * as authSession from '../../cloudfunctions/auth-session'
import * as authLogout from '../../cloudfunctions/auth-logout'
import * as authLogoutAll from '../../cloudfunctions/auth-logout-all'
import * as staffCreate from '../../cloudfunctions/staff-create'
import * as staffList from '../../cloudfunctions/staff-list'
import * as staffUpdate from '../../cloudfunctions/staff-update'
import * as staffApprove from '../../cloudfunctions/staff-approve'
import * as staffReject from '../../cloudfunctions/staff-reject'
import * as pointList from '../../cloudfunctions/point-list'
import * as pointCreate from '../../cloudfunctions/point-create'
import * as pointUpdate from '../../cloudfunctions/point-update'
import * as pointClose from '../../cloudfunctions/point-close'
import * as consentStatus from '../../cloudfunctions/consent-status'
import * as consentAccept from '../../cloudfunctions/consent-accept'
import * as transportKey from '../../cloudfunctions/transport-key'
import * as healthDeclare from '../../cloudfunctions/health-declare'
import * as tripDeclare from '../../cloudfunctions/trip-declare'
import * as checkin from '../../cloudfunctions/checkin'
import * as healthInfo from '../../cloudfunctions/health-info'
import * as codeGenerate from '../../cloudfunctions/code-generate'
import * as correctionRequest from '../../cloudfunctions/correction-request'
import * as regionList from '../../cloudfunctions/region-list'
import * as trustSync from '../../cloudfunctions/trust-sync'
import * as scanRecord from '../../cloudfunctions/scan-record'
import * as codeVerify from '../../cloudfunctions/code-verify'
import * as scanHistory from '../../cloudfunctions/scan-history'
import * as scanStats from '../../cloudfunctions/scan-stats'
import * as importUpload from '../../cloudfunctions/import-upload'
import * as importList from '../../cloudfunctions/import-list'
import * as importDetail from '../../cloudfunctions/import-detail'
import * as importPreview from '../../cloudfunctions/import-preview'
import * as importApprove from '../../cloudfunctions/import-approve'
import * as importReject from '../../cloudfunctions/import-reject'
import * as rulesCurrent from '../../cloudfunctions/rules-current'
import * as rulesPublish from '../../cloudfunctions/rules-publish'
import * as jobStatus from '../../cloudfunctions/job-status'
import * as noticesList from '../../cloudfunctions/notices-list'
import * as noticesRead from '../../cloudfunctions/notices-read'
import * as appealRequest from '../../cloudfunctions/appeal-request'
import * as auditQueue from '../../cloudfunctions/audit-queue'
import * as auditEvidence from '../../cloudfunctions/audit-evidence'
import * as auditAttachment from '../../cloudfunctions/audit-attachment'
import * as caseDecide from '../../cloudfunctions/case-decide'
import * as statusChangeRequest from '../../cloudfunctions/status-change-request'
import * as statusChangeApprove from '../../cloudfunctions/status-change-approve'
import * as statusChangeReject from '../../cloudfunctions/status-change-reject'
import * as alarmList from '../../cloudfunctions/alarm-list'
import * as alarmResolve from '../../cloudfunctions/alarm-resolve'
import * as identityRecoveryEvidence from '../../cloudfunctions/identity-recovery-evidence'
import * as identityRecoveryRequest from '../../cloudfunctions/identity-recovery-request'
import * as identityRecoveryApprove from '../../cloudfunctions/identity-recovery-approve'
import * as identityRecoveryClose from '../../cloudfunctions/identity-recovery-close'
import * as grantCreate from '../../cloudfunctions/grant-create'
import * as grantRequest from '../../cloudfunctions/grant-request'
import * as grantAccept from '../../cloudfunctions/grant-accept'
import * as grantDecline from '../../cloudfunctions/grant-decline'
import * as grantConfirm from '../../cloudfunctions/grant-confirm'
import * as grantRevoke from '../../cloudfunctions/grant-revoke'
import * as grantList from '../../cloudfunctions/grant-list'
import * as grantStatus from '../../cloudfunctions/grant-status'
import * as grantCode from '../../cloudfunctions/grant-code'
import * as accessLog from '../../cloudfunctions/access-log'
import * as exportAggregate from '../../cloudfunctions/export-aggregate'
import * as exportRecords from '../../cloudfunctions/export-records'
import * as authAlipay from '../../cloudfunctions/auth-alipay'
import * as grantPending from '../../cloudfunctions/grant-pending'
import * as randomSeed from '../../cloudfunctions/random-seed'

export const FUNCTIONS: Record<string, CloudMain> = {
  'auth-otp-request': authOtpRequest.main,
  'auth-otp-verify': authOtpVerify.main,
  'auth-session': authSession.main,
  'auth-logout': authLogout.main,
  'auth-logout-all': authLogoutAll.main,
  'auth-alipay': authAlipay.main,
  'staff-create': staffCreate.main,
  'staff-list': staffList.main,
  'staff-update': staffUpdate.main,
  'staff-approve': staffApprove.main,
  'staff-reject': staffReject.main,
  'point-list': pointList.main,
  'point-create': pointCreate.main,
  'point-update': pointUpdate.main,
  'point-close': pointClose.main,
  'consent-status': consentStatus.main,
  'consent-accept': consentAccept.main,
  'transport-key': transportKey.main,
  'health-declare': healthDeclare.main,
  'trip-declare': tripDeclare.main,
  'checkin': checkin.main,
  'health-info': healthInfo.main,
  'code-generate': codeGenerate.main,
  'correction-request': correctionRequest.main,
  'region-list': regionList.main,
  'trust-sync': trustSync.main,
  'scan-record': scanRecord.main,
  'code-verify': codeVerify.main,
  'scan-history': scanHistory.main,
  'scan-stats': scanStats.main,
  'import-upload': importUpload.main,
  'import-list': importList.main,
  'import-detail': importDetail.main,
  'import-preview': importPreview.main,
  'import-approve': importApprove.main,
  'import-reject': importReject.main,
  'rules-current': rulesCurrent.main,
  'rules-publish': rulesPublish.main,
  'job-status': jobStatus.main,
  'notices-list': noticesList.main,
  'notices-read': noticesRead.main,
  'appeal-request': appealRequest.main,
  'audit-queue': auditQueue.main,
  'audit-evidence': auditEvidence.main,
  'audit-attachment': auditAttachment.main,
  'case-decide': caseDecide.main,
  'status-change-request': statusChangeRequest.main,
  'status-change-approve': statusChangeApprove.main,
  'status-change-reject': statusChangeReject.main,
  'alarm-list': alarmList.main,
  'alarm-resolve': alarmResolve.main,
  'identity-recovery-evidence': identityRecoveryEvidence.main,
  'identity-recovery-request': identityRecoveryRequest.main,
  'identity-recovery-approve': identityRecoveryApprove.main,
  'identity-recovery-close': identityRecoveryClose.main,
  'grant-create': grantCreate.main,
  'grant-request': grantRequest.main,
  'grant-accept': grantAccept.main,
  'grant-decline': grantDecline.main,
  'grant-confirm': grantConfirm.main,
  'grant-pending': grantPending.main,
  'grant-revoke': grantRevoke.main,
  'grant-list': grantList.main,
  'grant-status': grantStatus.main,
  'grant-code': grantCode.main,
  'access-log': accessLog.main,
  'export-aggregate': exportAggregate.main,
  'export-records': exportRecords.main,
  'random-seed': randomSeed.main
}
