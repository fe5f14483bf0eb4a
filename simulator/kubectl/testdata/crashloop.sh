kubectl create deployment bb --image=busybox
kubectl get pods
sleep 2
kubectl get pods
sleep 60
kubectl get pods
kubectl describe pod -l app=bb
kubectl create deployment ghost --image=ghost:v1
sleep 20
kubectl get pods
kubectl logs deploy/ghost
kubectl get events
